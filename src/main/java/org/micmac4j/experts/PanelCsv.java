package org.micmac4j.experts;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.micmac4j.InvalidInputException;
import org.micmac4j.Scale;
import org.micmac4j.Variable;
import org.micmac4j.io.CsvTable;
import org.micmac4j.io.MatrixCsv;
import org.micmac4j.io.XlsxTables;

/**
 * Reads a panel of expert grids from CSV.
 *
 * <ul>
 *   <li>{@link #readFolder}: a folder of matrix CSV files, one per expert, the file name (without
 *       {@code .csv}) being the expert's name. Each file is a labelled matrix like
 *       {@link MatrixCsv}'s; its rows and columns are matched to the variables by id, not by
 *       position, and may be any subset of them (a partial grid). A blank cell is "no opinion",
 *       not 0. The files {@code experts.csv} and {@code variables.csv} in the folder are not
 *       grids.</li>
 *   <li>{@link #readLong}: one CSV with the header {@code expert,from,to,score}, one opinion per
 *       line; a blank score is no opinion.</li>
 *   <li>{@link #readWorkbook}: an Excel workbook with one sheet per expert (the sheet name is the
 *       expert), each sheet laid out like a grid file (ids in row 1 from B1 and in column A); read
 *       by {@link XlsxTables}, which needs Apache POI (optional, bundled in the command-line
 *       jar). Messages name the sheet and the cell.</li>
 *   <li>{@link #readWeights}: {@code expert,weight}.</li>
 * </ul>
 * Every error names the file, line, row and column or expert; nothing is silently dropped (a
 * repeated opinion, an unknown id, a score off the scale, an expert who scored nothing).
 */
public final class PanelCsv {
    /** The weights file that {@link #readFolder} skips. */
    public static final String WEIGHTS_FILE = "experts.csv";
    /** The variables file that {@link #readFolder} skips. */
    public static final String VARIABLES_FILE = "variables.csv";

    private PanelCsv() {
    }

    /**
     * Reads a folder of expert grids.
     *
     * @param folder the folder
     * @param variables the variables, or null to take the ids in order of first appearance
     *     (files by name, rows then columns)
     * @param scale the scale of the scores
     * @return the panel (weights 1)
     * @throws IOException when a file cannot be read
     */
    public static Panel readFolder(Path folder, List<Variable> variables, Scale scale) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw Errors.invalid("%s: not a folder", folder);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase(WEIGHTS_FILE))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase(VARIABLES_FILE)).sorted().toList();
        }
        Errors.require(!files.isEmpty(), "%s: no expert grid (*.csv) in the folder", folder);
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            tables.put(name.substring(0, name.length() - 4), CsvTable.read(f));
        }
        return fromGrids(tables, variables, scale);
    }

    /**
     * Reads a workbook with one sheet per expert (sheet name = expert). Sheets named
     * {@code experts} or {@code variables} are not grids.
     *
     * @param file the workbook (.xlsx, .xlsm, .xls)
     * @param variables the variables, or null to take the ids in order of first appearance
     * @param scale the scale of the scores
     * @return the panel (weights 1)
     * @throws IOException when the file cannot be read
     * @throws UnsupportedOperationException when Apache POI is not on the class path
     */
    public static Panel readWorkbook(Path file, List<Variable> variables, Scale scale) throws IOException {
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        for (Map.Entry<String, CsvTable> e : XlsxTables.readAll(file).entrySet()) {
            String name = e.getKey().strip();
            if (!name.equalsIgnoreCase("experts") && !name.equalsIgnoreCase("variables")) {
                tables.put(name, e.getValue());
            }
        }
        Errors.require(!tables.isEmpty(), "%s: no expert sheet in the workbook", file);
        return fromGrids(tables, variables, scale);
    }

    /** One panel from the experts' grids (expert name to table), matched by id. */
    private static Panel fromGrids(Map<String, CsvTable> tables, List<Variable> variables, Scale scale) {
        List<Variable> vars = variables != null ? variables : idsInOrder(tables.values());
        Panel.Builder b = Panel.builder(vars).scale(scale);
        Map<String, Integer> index = index(vars);
        for (Map.Entry<String, CsvTable> e : tables.entrySet()) {
            readGrid(b, e.getKey(), e.getValue(), index, scale);
        }
        return b.build();
    }

    private static List<Variable> idsInOrder(Iterable<CsvTable> tables) {
        Set<String> ids = new LinkedHashSet<>();
        for (CsvTable t : tables) {
            ids.addAll(t.rowLabels());
            ids.addAll(t.columnLabels());
        }
        return ids.stream().map(Variable::of).toList();
    }

    private static Map<String, Integer> index(List<Variable> vars) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vars.size(); i++) {
            index.put(vars.get(i).id(), i);
        }
        return index;
    }

    private static void readGrid(Panel.Builder b, String expert, CsvTable t, Map<String, Integer> index, Scale scale) {
        b.expert(expert);
        int[] rows = ids(t.rowLabels(), index, t, "row");
        int[] cols = ids(t.columnLabels(), index, t, "column");
        for (int r = 0; r < t.rows(); r++) {
            for (int c = 0; c < t.columns(); c++) {
                String token = t.cell(r, c);
                if (token.isEmpty()) {
                    continue;
                }
                String where = "expert " + expert + ", " + t.where(r, c);
                if (rows[r] == cols[c]) {
                    Errors.require(token.equals("0"), "%s: the diagonal must be blank or 0, got %s", where, token);
                    continue;
                }
                if (token.equalsIgnoreCase("P")) {
                    Errors.require(scale.allowsPotential(), "%s: P (potential), but the scale %s has no P", where, scale);
                    b.potential(expert, rows[r], cols[c]);
                    continue;
                }
                double v;
                try {
                    v = MatrixCsv.number(t, r, c);
                } catch (InvalidInputException e) {
                    throw new InvalidInputException("expert " + expert + ", " + e.getMessage(), e);
                }
                Errors.require(scale.accepts(v), "%s: %s is not on the scale %s", where, token, scale);
                b.set(expert, rows[r], cols[c], v);
            }
        }
    }

    private static int[] ids(List<String> labels, Map<String, Integer> index, CsvTable t, String what) {
        int[] out = new int[labels.size()];
        for (int k = 0; k < out.length; k++) {
            Integer i = index.get(labels.get(k));
            if (i == null) {
                int line = what.equals("row") ? t.line(k) : header(t);
                throw Errors.invalid("%s line %d: unknown variable id '%s' (%s label)", t.source(), line, labels.get(k),
                        what);
            }
            out[k] = i;
        }
        return out;
    }

    private static int header(CsvTable t) {
        return t.rows() == 0 ? 1 : Math.max(1, t.line(0) - 1);
    }

    /**
     * Reads a long CSV {@code expert,from,to,score} (header names in any case and order).
     *
     * @param file the file
     * @param variables the variables, or null to take the ids in order of first appearance
     * @param scale the scale of the scores
     * @return the panel (weights 1)
     * @throws IOException when the file cannot be read
     */
    public static Panel readLong(Path file, List<Variable> variables, Scale scale) throws IOException {
        String source = file.toString();
        List<String[]> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Integer> cols = new HashMap<>();
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setIgnoreEmptyLines(true).setTrim(true)
                    .setCommentMarker('#').get();
            try (CSVParser p = CSVParser.parse(r, format)) {
                for (String h : p.getHeaderNames()) {
                    cols.put(h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), cols.size());
                }
                for (String need : new String[] {"expert", "from", "to", "score"}) {
                    Errors.require(cols.containsKey(need), "%s line 1: missing column '%s' (expected expert,from,to,score)",
                            source, need);
                }
                for (CSVRecord rec : p) {
                    Errors.require(rec.size() == cols.size(), "%s line %d: %d cells where the header has %d", source,
                            rec.getParser().getCurrentLineNumber(), rec.size(), cols.size());
                    rows.add(new String[] {rec.get(cols.get("expert")), rec.get(cols.get("from")), rec.get(cols.get("to")),
                        rec.get(cols.get("score"))});
                    lines.add(rec.getParser().getCurrentLineNumber());
                }
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            if (e instanceof InvalidInputException) {
                throw e;
            }
            throw new InvalidInputException(source + ": " + e.getMessage(), e);
        }
        List<Variable> vars = variables;
        if (vars == null) {
            Set<String> ids = new LinkedHashSet<>();
            for (String[] row : rows) {
                ids.add(row[1]);
                ids.add(row[2]);
            }
            vars = ids.stream().filter(s -> !s.isEmpty()).map(Variable::of).toList();
        }
        Map<String, Integer> index = index(vars);
        Panel.Builder b = Panel.builder(vars).scale(scale);
        Map<String, Long> seen = new HashMap<>();
        for (int k = 0; k < rows.size(); k++) {
            String[] row = rows.get(k);
            long line = lines.get(k);
            String where = String.format(Locale.ROOT, "%s line %d", source, line);
            Errors.require(!row[0].isEmpty(), "%s: blank expert", where);
            b.expert(row[0]);
            Integer i = index.get(row[1]);
            Integer j = index.get(row[2]);
            Errors.require(i != null, "%s (expert %s): unknown variable id '%s' in column from", where, row[0], row[1]);
            Errors.require(j != null, "%s (expert %s): unknown variable id '%s' in column to", where, row[0], row[2]);
            Long previous = seen.put(row[0] + "\u0000" + row[1] + "\u0000" + row[2], line);
            Errors.require(previous == null, "%s (expert %s): the cell %s -> %s is scored again (first on line %d)", where,
                    row[0], row[1], row[2], previous);
            String token = row[3];
            if (token.isEmpty()) {
                continue;
            }
            if (i.equals(j)) {
                Errors.require(token.equals("0"), "%s (expert %s): the diagonal %s -> %s must be blank or 0", where,
                        row[0], row[1], row[2]);
                continue;
            }
            if (token.equalsIgnoreCase("P")) {
                Errors.require(scale.allowsPotential(), "%s (expert %s): P, but the scale %s has no P", where, row[0],
                        scale);
                b.potential(row[0], i, j);
                continue;
            }
            double v;
            try {
                v = Double.parseDouble(token);
            } catch (NumberFormatException e) {
                throw Errors.invalid("%s (expert %s): score '%s' is not a number, P or blank", where, row[0], token);
            }
            Errors.require(scale.accepts(v), "%s (expert %s): %s is not on the scale %s", where, row[0], token, scale);
            b.set(row[0], i, j, v);
        }
        return b.build();
    }

    /**
     * Reads weights {@code expert,weight} and applies them to a panel.
     *
     * @param file the file
     * @param panel the panel (its experts must all be listed)
     * @return the panel with the weights
     * @throws IOException when the file cannot be read
     */
    public static Panel readWeights(Path file, Panel panel) throws IOException {
        String source = file.toString();
        Map<String, Double> weights = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT.builder().setHeader().setTrim(true)
                        .setCommentMarker('#').setIgnoreEmptyLines(true).get())) {
            List<String> header = p.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").toLowerCase(Locale.ROOT))
                    .toList();
            int e = header.indexOf("expert");
            int w = header.indexOf("weight");
            Errors.require(e >= 0 && w >= 0, "%s line 1: expected the header expert,weight", source);
            for (CSVRecord rec : p) {
                long line = rec.getParser().getCurrentLineNumber();
                Errors.require(rec.size() == header.size(), "%s line %d: %d cells where the header has %d", source, line,
                        rec.size(), header.size());
                String expert = rec.get(e);
                Errors.require(panel.experts().contains(expert), "%s line %d: unknown expert '%s' (experts: %s)", source,
                        line, expert, String.join(", ", panel.experts()));
                double weight;
                try {
                    weight = Double.parseDouble(rec.get(w));
                } catch (NumberFormatException x) {
                    throw Errors.invalid("%s line %d, expert %s: weight '%s' is not a number", source, line, expert,
                            rec.get(w));
                }
                Errors.require(Double.isFinite(weight) && weight > 0, "%s line %d, expert %s: the weight must be > 0, got %s",
                        source, line, expert, rec.get(w));
                Errors.require(weights.put(expert, weight) == null, "%s line %d: expert %s is listed twice", source, line,
                        expert);
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException x) {
            if (x instanceof InvalidInputException) {
                throw x;
            }
            throw new InvalidInputException(source + ": " + x.getMessage(), x);
        }
        for (String expert : panel.experts()) {
            Errors.require(weights.containsKey(expert), "%s: no weight for expert %s", source, expert);
        }
        return panel.withWeights(weights);
    }
}
