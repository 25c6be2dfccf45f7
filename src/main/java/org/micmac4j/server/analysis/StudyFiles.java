package org.micmac4j.server.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.micmac4j.InvalidInputException;
import org.micmac4j.Scale;
import org.micmac4j.Variable;
import org.micmac4j.experts.Panel;
import org.micmac4j.experts.PanelCsv;
import org.micmac4j.io.MatrixCsv;
import org.micmac4j.io.Sheet;
import org.micmac4j.io.VariablesCsv;
import org.micmac4j.io.XlsxTables;
import org.micmac4j.report.experts.ExpertsReport;
import org.micmac4j.report.experts.PanelFindings;
import org.micmac4j.server.store.Rows.DescriptorRow;
import org.micmac4j.server.store.Rows.VariableRow;
import org.micmac4j.server.study.CibHistory;
import org.micmac4j.server.study.Grids;
import org.micmac4j.server.study.WorkspaceException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The workspace's files in and out, all through the library's readers and writers: variables
 * (CSV or .xlsx, as {@code micmac} reads them), the panel folder that {@code micmac experts}
 * reads (zipped, with {@code study.json} for what the folder cannot say: title, experts without
 * answers, rationales), the workbook and the report folder.
 */
public final class StudyFiles {
    /** The folder of the cross-impact report in the report zip. */
    public static final String CIB_FOLDER = "cib/";
    /** The extra file of an exported panel folder (not a grid: {@code micmac experts} reads only *.csv). */
    public static final String STUDY_FILE = "study.json";
    /** At most this many files in an imported zip. */
    public static final int ZIP_ENTRIES_MAX = 1000;
    /** At most this many bytes once unzipped. */
    public static final long UNZIPPED_MAX = 50L << 20;
    private static final String EXAMPLE = "/org/micmac4j/data/hdf-industry-2040/variables.csv";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StudyFiles() {
    }

    private static VariableRow row(Variable v) {
        return new VariableRow(v.id(), v.name(), v.group().orElse(null), v.description().orElse(null));
    }

    /**
     * Reads an uploaded variables file like {@code micmac --variables}: CSV (id, name, group,
     * description) or a workbook's first sheet.
     *
     * @param data the file's bytes
     * @param fileName its name, for messages
     * @return the variables
     * @throws WorkspaceException 400 naming the file and line (or sheet and row) at fault
     */
    public static List<VariableRow> readVariables(byte[] data, String fileName) {
        String source = safeName(fileName);
        try {
            if (isZip(data)) {
                Path tmp = Files.createTempFile("micmac-upload-", ".xlsx");
                try {
                    Files.write(tmp, data);
                    return VariablesCsv.read(tmp, Sheet.FIRST).stream().map(StudyFiles::row).toList();
                } catch (InvalidInputException e) {
                    throw WorkspaceException.badRequest(e.getMessage().replace(tmp.toString(), source));
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            return VariablesCsv.parse(utf8(data, source), source).stream().map(StudyFiles::row).toList();
        } catch (InvalidInputException e) {
            throw WorkspaceException.badRequest(e.getMessage());
        } catch (IOException e) {
            throw WorkspaceException.badRequest(source + ": cannot be read as a variables file (" + oneLine(e) + ")");
        } catch (RuntimeException e) {
            if (e instanceof WorkspaceException) {
                throw e;
            }
            // POI refuses zip bombs and broken workbooks with runtime exceptions.
            throw WorkspaceException.badRequest(source + ": cannot be read as a workbook (" + oneLine(e) + ")");
        }
    }

    /**
     * The bundled example study's variables (docs/hdf-industry-2040), in French or English.
     *
     * @param french French names (the study's own language)
     * @return the 29 variables
     */
    public static List<VariableRow> exampleVariables(boolean french) {
        try (InputStream in = StudyFiles.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled example is missing from the jar: " + EXAMPLE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (french) {
                // The file has both names: name (English) and name_fr; the reader takes "name".
                String header = text.substring(0, text.indexOf('\n'));
                text = header.replace(",name,", ",name_en,").replace(",name_fr", ",name")
                        + text.substring(header.length());
            }
            return VariablesCsv.parse(text, "example variables").stream().map(StudyFiles::row).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ the panel folder

    /**
     * The panel folder as a zip: {@code variables.csv}, one grid {@code NAME.csv} per expert with
     * at least one opinion (blank = no opinion, what {@code micmac experts} reads), and
     * {@code study.json} (title, round, every expert, rationales, and the whole cross-impact part:
     * every CIB round and the judgements put aside).
     *
     * @param title the study's title
     * @param round the round exported
     * @param grids the round's grids (every expert)
     * @param cib the cross-impact part ({@link CibHistory#NONE} when none)
     * @return the zip's bytes
     */
    public static byte[] panelZip(String title, int round, Grids grids, CibHistory cib) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(PanelCsv.VARIABLES_FILE, variablesCsv(grids.variables()).getBytes(StandardCharsets.UTF_8));
        for (Grids.ExpertGrid e : grids.panelOrder()) {
            files.put(Grids.fileName(e.name()),
                    gridCsv(grids.variables(), e.values()).getBytes(StandardCharsets.UTF_8));
        }
        files.put(STUDY_FILE, studyJson(title, round, grids, cib));
        return zip(files);
    }

    static String variablesCsv(List<VariableRow> vars) {
        StringWriter w = new StringWriter();
        try {
            VariablesCsv.write(vars.stream().map(LibraryAdapter::variable).toList(), w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** A labelled grid like the CLI's matrix files; blank cells are no opinion. */
    static String gridCsv(List<VariableRow> vars, String[] values) {
        int n = vars.size();
        StringBuilder sb = new StringBuilder();
        for (VariableRow v : vars) {
            sb.append(',').append(MatrixCsv.quote(v.id()));
        }
        sb.append('\n');
        for (int i = 0; i < n; i++) {
            sb.append(MatrixCsv.quote(vars.get(i).id()));
            for (int j = 0; j < n; j++) {
                String v = values[i * n + j];
                sb.append(',').append(v == null || i == j ? "" : v);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static byte[] studyJson(String title, int round, Grids grids, CibHistory cib) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "micmac4j study 1");
        root.put("title", title);
        root.put("round", round);
        ArrayNode experts = root.putArray("experts");
        int n = grids.size();
        for (Grids.ExpertGrid e : grids.experts()) {
            ObjectNode x = experts.addObject();
            x.put("name", e.name());
            ArrayNode rationales = x.putArray("rationales");
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    String r = e.rationales()[i * n + j];
                    if (r != null) {
                        rationales.addObject().put("from", grids.variables().get(i).id())
                                .put("to", grids.variables().get(j).id()).put("rationale", r);
                    }
                }
            }
        }
        if (!cib.descriptors().isEmpty()) {
            ObjectNode c = root.putObject("cib");
            c.set("descriptors", JSON.valueToTree(cib.descriptors()));
            c.put("round", cib.round());
            c.set("rounds", JSON.valueToTree(cib.rounds()));
            c.set("putAside", JSON.valueToTree(cib.putAside()));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A study read back from a panel folder zip.
     *
     * @param title the title (from study.json, else "Imported panel")
     * @param grids the variables and the experts' grids with rationales
     * @param cib the cross-impact part ({@link CibHistory#NONE} when none)
     */
    public record Imported(String title, Grids grids, CibHistory cib) {
    }

    /**
     * Reads a panel folder zip (ours, or any folder {@code micmac experts} reads, zipped flat)
     * with the library's readers.
     *
     * @param data the zip's bytes
     * @return the study
     * @throws WorkspaceException 400 naming the file at fault, 413 when it unzips too large
     */
    public static Imported readPanelZip(byte[] data) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("micmac-import-");
            unzipFlat(data, dir);
            Path varsFile = dir.resolve(PanelCsv.VARIABLES_FILE);
            if (!Files.isRegularFile(varsFile)) {
                throw WorkspaceException.badRequest("export.zip: no " + PanelCsv.VARIABLES_FILE + " in the zip");
            }
            List<Variable> vars = VariablesCsv.read(varsFile);
            JsonNode study = Files.isRegularFile(dir.resolve(STUDY_FILE))
                    ? JSON.readTree(dir.resolve(STUDY_FILE).toFile()) : null;
            // our own export of a study whose experts gave no MICMAC answer yet (only cross-impacts, or
            // nothing) has no grid: study.json lists its experts
            Panel panel = study != null && !hasGrid(dir) ? null : PanelCsv.readFolder(dir, vars, Scale.CLASSIC);
            return new Imported(study != null
                    && study.hasNonNull("title") ? study.get("title").asText() : "Imported panel",
                    grids(vars, panel, study), cib(study));
        } catch (InvalidInputException e) {
            String msg = dir == null ? e.getMessage()
                    : e.getMessage().replace(dir.toString() + "/", "").replace(dir.toString(), "export.zip");
            throw WorkspaceException.badRequest(oneLine(msg));
        } catch (IOException e) {
            throw WorkspaceException.badRequest("export.zip: cannot be read (" + oneLine(e) + ")");
        } finally {
            if (dir != null) {
                deleteTree(dir);
            }
        }
    }

    /**
     * The cross-impact part of a study.json: every round ({@code rounds}), or, in the files
     * exported before rounds were, the judgements of one round ({@code judgements}). A missing
     * field is refused rather than read as 0.
     */
    private static CibHistory cib(JsonNode study) {
        JsonNode c = study == null ? null : study.get("cib");
        if (c == null || c.isNull()) {
            return CibHistory.NONE;
        }
        com.fasterxml.jackson.databind.ObjectReader strict = JSON.reader()
                .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try {
            List<DescriptorRow> ds = list(strict, c, "descriptors", DescriptorRow[].class);
            if (!c.has("rounds")) {
                List<CibHistory.Judgement> js = list(strict, c, "judgements", CibHistory.Judgement[].class);
                return new CibHistory(ds, 1, List.of(new CibHistory.Round(1, js, List.of())), List.of());
            }
            List<CibHistory.Round> rounds = new ArrayList<>();
            for (CibHistory.Round r : list(strict, c, "rounds", CibHistory.Round[].class)) {
                rounds.add(new CibHistory.Round(r.round(), r.judgements() == null ? List.of() : r.judgements(),
                        r.disputed() == null ? List.of() : r.disputed()));
            }
            List<CibHistory.PutAside> aside = c.hasNonNull("putAside")
                    ? list(strict, c, "putAside", CibHistory.PutAside[].class) : List.of();
            return new CibHistory(ds, c.path("round").asInt(rounds.size()), List.copyOf(rounds), aside);
        } catch (IOException | IllegalArgumentException e) {
            throw WorkspaceException.badRequest("export.zip: study.json: cib: " + oneLine(e));
        }
    }

    /** A JSON array of records, none null, or a 400 naming the field. */
    private static <T> List<T> list(com.fasterxml.jackson.databind.ObjectReader reader, JsonNode parent, String field,
            Class<T[]> type) throws IOException {
        T[] items = parent.get(field) instanceof ArrayNode a ? reader.treeToValue(a, type) : null;
        if (items == null || java.util.Arrays.asList(items).contains(null)) {
            throw WorkspaceException.badRequest("export.zip: study.json: cib." + field + ": an array of objects is "
                    + "needed");
        }
        return List.of(items);
    }

    private static Grids grids(List<Variable> vars, Panel panel, JsonNode study) {
        int n = vars.size();
        Map<String, Grids.ExpertGrid> byName = new LinkedHashMap<>();
        if (study != null && study.get("experts") instanceof ArrayNode list) {
            for (JsonNode x : list) {
                String name = x.path("name").asText();
                byName.put(name, new Grids.ExpertGrid(name, new String[n * n], new String[n * n]));
            }
        }
        for (int e = 0; panel != null && e < panel.expertCount(); e++) {
            String name = panel.experts().get(e);
            Grids.ExpertGrid g = byName.computeIfAbsent(
                    name, k -> new Grids.ExpertGrid(k, new String[n * n], new String[n * n]));
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    String t = panel.token(e, i, j);
                    if (i != j && !t.isEmpty()) {
                        g.values()[i * n + j] = t;
                    }
                }
            }
        }
        if (study != null && study.get("experts") instanceof ArrayNode list) {
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                index.put(vars.get(i).id(), i);
            }
            for (JsonNode x : list) {
                Grids.ExpertGrid g = byName.get(x.path("name").asText());
                for (JsonNode r : x.path("rationales")) {
                    Integer i = index.get(r.path("from").asText());
                    Integer j = index.get(r.path("to").asText());
                    if (i == null || j == null) {
                        throw WorkspaceException.badRequest("export.zip: study.json: rationale of an unknown cell "
                                + r.path("from").asText() + " -> " + r.path("to").asText());
                    }
                    g.rationales()[i * n + j] = r.path("rationale").asText();
                }
            }
        }
        return new Grids(vars.stream().map(StudyFiles::row).toList(), List.copyOf(byName.values()));
    }

    /** Whether a folder holds a grid: a *.csv other than the variables file. */
    private static boolean hasGrid(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .anyMatch(f -> f.endsWith(".csv") && !f.equals(PanelCsv.VARIABLES_FILE));
        }
    }

    private static void unzipFlat(byte[] data, Path dir) throws IOException {
        long total = 0;
        int entries = 0;
        try (ZipInputStream z = new ZipInputStream(new java.io.ByteArrayInputStream(data))) {
            byte[] buf = new byte[8192];
            for (ZipEntry e; (e = z.getNextEntry()) != null;) {
                if (e.isDirectory()) {
                    continue;
                }
                if (++entries > ZIP_ENTRIES_MAX) {
                    throw WorkspaceException.badRequest("export.zip: more than " + ZIP_ENTRIES_MAX + " files");
                }
                String name = e.getName();
                int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
                String base = name.substring(slash + 1);
                if (base.isEmpty() || base.startsWith(".") || base.contains("..")) {
                    continue;
                }
                Path target = dir.resolve(base).normalize();
                if (!target.getParent().equals(dir) || Files.exists(target)) {
                    throw WorkspaceException.badRequest(
                            "export.zip: file " + base + " appears twice or outside the folder");
                }
                try (OutputStream out = Files.newOutputStream(target)) {
                    for (int k; (k = z.read(buf)) > 0;) {
                        total += k;
                        if (total > UNZIPPED_MAX) {
                            throw new WorkspaceException(413,
                                    "export.zip: more than " + (UNZIPPED_MAX >> 20) + " MB once unzipped");
                        }
                        out.write(buf, 0, k);
                    }
                }
            }
        }
        if (entries == 0) {
            throw WorkspaceException.badRequest("export.zip: not a zip, or an empty one");
        }
    }

    // ------------------------------------------------------------------ workbook and report

    /**
     * The grids as a workbook that {@code micmac experts} reads: a {@code variables} sheet and
     * one sheet per expert with answers; with cross-impact descriptors, the sheets of
     * {@link CibSynthesis#addSheets} ({@code micmac experts} skips them): every judgement and the
     * library's workbook of the experts' ensemble.
     *
     * @param grids the grids
     * @param cib the cross-impact part ({@link CibHistory#NONE} when none): the sheets show its open round
     * @param findings the ensemble of those judgements ({@link CibSynthesis#findings}), or null
     * @return the .xlsx bytes
     */
    public static byte[] workbook(Grids grids, CibHistory cib, org.micmac4j.report.cib.CibFindings findings) {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            List<VariableRow> vars = grids.variables();
            org.apache.poi.ss.usermodel.Sheet vs = wb.createSheet("variables");
            String[] head = {"id", "name", "group", "description"};
            org.apache.poi.ss.usermodel.Row h = vs.createRow(0);
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            for (int i = 0; i < vars.size(); i++) {
                org.apache.poi.ss.usermodel.Row r = vs.createRow(i + 1);
                VariableRow v = vars.get(i);
                String[] cells = {v.id(), v.name(), v.group() == null ? "" : v.group(),
                        v.description() == null ? "" : v.description()};
                for (int c = 0; c < cells.length; c++) {
                    r.createCell(c).setCellValue(cells[c]);
                }
            }
            int n = vars.size();
            for (Grids.ExpertGrid e : grids.panelOrder()) {
                org.apache.poi.ss.usermodel.Sheet s
                        = wb.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(e.name()));
                org.apache.poi.ss.usermodel.Row top = s.createRow(0);
                for (int j = 0; j < n; j++) {
                    top.createCell(j + 1).setCellValue(vars.get(j).id());
                }
                for (int i = 0; i < n; i++) {
                    org.apache.poi.ss.usermodel.Row r = s.createRow(i + 1);
                    r.createCell(0).setCellValue(vars.get(i).id());
                    for (int j = 0; j < n; j++) {
                        String v = e.values()[i * n + j];
                        if (v == null || i == j) {
                            continue;
                        }
                        if (v.equals("P")) {
                            r.createCell(j + 1).setCellValue("P");
                        } else {
                            r.createCell(j + 1).setCellValue(Integer.parseInt(v));
                        }
                    }
                }
            }
            if (!cib.descriptors().isEmpty()) {
                CibSynthesis.addSheets(wb, cib.descriptors(), cib.open().stream()
                        .map(j -> List.<Object>of(j.expert(), j.from(), j.fromVariant(), j.to(), j.toVariant(),
                                j.value())).toList(), findings);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The report folder of {@code micmac experts}, zipped: the panel report and the aggregate's
     * MICMAC report under {@code aggregate/}; with cross-impact judgements, the ensemble's report
     * (as {@code micmac cib --ensemble} writes it) and the experts' matrices under {@value #CIB_FOLDER}.
     *
     * @param s the synthesis
     * @param title the study's title
     * @param cib the files of the cross-impact report ({@link CibSynthesis#report}), or none
     * @return the zip's bytes
     */
    public static byte[] reportZip(LibraryAdapter.Synthesis s, String title, Map<String, String> cib) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : ExpertsReport.withDefaults().withTitle(title)
                .render(PanelFindings.of(s.result())).entrySet()) {
            files.put(f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, String> f : cib.entrySet()) {
            files.put(CIB_FOLDER + f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return zip(files);
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                ZipEntry e = new ZipEntry(f.getKey());
                e.setTime(0);
                z.putNextEntry(e);
                z.write(f.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    // ------------------------------------------------------------------ helpers

    private static boolean isZip(byte[] data) {
        return data.length >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4;
    }

    private static String utf8(byte[] data, String source) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            throw WorkspaceException.badRequest(
                    source + ": not UTF-8 text (save it as CSV UTF-8, or upload the .xlsx)");
        }
    }

    private static String safeName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload";
        }
        String s = fileName.replaceAll("[\\p{Cntrl}]", "");
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(slash + 1);
        return s.length() > 80 ? s.substring(0, 80) : s;
    }

    private static String oneLine(Throwable e) {
        return oneLine(String.valueOf(e.getMessage()));
    }

    private static String oneLine(String s) {
        String line = s.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the import's answer matters more.
        }
    }

    /**
     * @param vars variables
     * @return them as the library's (for tests and the CLI comparison)
     */
    public static List<Variable> variables(List<VariableRow> vars) {
        return new ArrayList<>(vars.stream().map(LibraryAdapter::variable).toList());
    }

    /**
     * Whether workbooks can be read (Apache POI present).
     *
     * @return true in the CLI jar
     */
    public static boolean workbooksAvailable() {
        return XlsxTables.isAvailable();
    }
}
