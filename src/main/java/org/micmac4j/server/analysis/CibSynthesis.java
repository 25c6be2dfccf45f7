package org.micmac4j.server.analysis;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.Ensemble;
import org.micmac4j.cib.ScenarioShare;
import org.micmac4j.cib.ShareResult;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.experts.PanelCsv;
import org.micmac4j.report.cib.CibFindings;
import org.micmac4j.report.cib.CibReport;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.scenario.Variant;
import org.micmac4j.server.store.Rows.CibDisputedRow;
import org.micmac4j.server.store.Rows.DescriptorRow;
import org.micmac4j.server.store.Rows.VariantRow;

/**
 * The cross-impact (CIB) synthesis of a study's judgements, by the library: each expert's
 * judgements as a {@link CibMatrix} (blanks counted 0), their {@link Ensemble}, and its report by
 * the library's facade ({@link CibReport}) for the study's exports. Judgements are flat, row-major
 * arrays over the variants (null: no judgement), in the experts' order.
 */
public final class CibSynthesis {
    /** The values of a judgement, in the order of the distributions' counts. */
    public static final int[] VALUES = {-3, -2, -1, 0, 1, 2, 3};
    /** The names of the workbook's cross-impact sheets start so ({@code micmac experts} does not read them as grids).
    // */
    public static final String SHEET_PREFIX = PanelCsv.CIB_SHEET_PREFIX;
    /** The folder of the experts' matrices in the report, in the CSV layout {@code micmac cib --ensemble} reads. */
    public static final String MATRICES_FOLDER = "matrices/";

    private CibSynthesis() {
    }

    /** The experts who gave at least one judgement, each with their matrix. */
    record Members(ScenarioSpace space, List<CibMatrix> matrices, List<String> names) {
    }

    static ScenarioSpace space(List<DescriptorRow> descriptors) {
        List<Descriptor> ds = new ArrayList<>();
        for (DescriptorRow d : descriptors) {
            ds.add(Descriptor.of(d.id(), d.name(), d.variants().stream().map(v -> Variant.of(v.id(),
                    v.name())).toList()));
        }
        return ScenarioSpace.of(ds);
    }

    static Members members(List<DescriptorRow> descriptors, List<String> experts, List<Integer[]> judgements) {
        ScenarioSpace space = space(descriptors);
        int n = space.totalVariants();
        List<CibMatrix> members = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int e = 0; e < experts.size(); e++) {
            Integer[] g = judgements.get(e);
            int[][] cells = new int[n][n];
            boolean any = false;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    Integer v = g[i * n + j];
                    if (v != null && space.descriptorOf(i) != space.descriptorOf(j)) {
                        cells[i][j] = v;
                        any = true;
                    }
                }
            }
            if (any) {
                members.add(CibMatrix.of(space, cells));
                names.add(experts.get(e));
            }
        }
        return new Members(space, members, names);
    }

    /**
     * @param descriptors the descriptors
     * @param experts the experts' names
     * @param judgements each expert's judgements
     * @return the findings of the experts' ensemble for the library's report, or null when nobody judged
     */
    public static CibFindings findings(List<DescriptorRow> descriptors, List<String> experts,
            List<Integer[]> judgements) {
        Members m = members(descriptors, experts, judgements);
        return m.matrices().isEmpty() ? null : CibFindings.ensemble(Ensemble.withDefaults().analyze(m.matrices()),
                m.names());
    }

    /**
     * The ensemble of the experts' matrices (each solved, every scenario with the share of experts
     * for whom it is consistent), for the dashboard.
     *
     * @param descriptors the descriptors
     * @param experts the experts' names
     * @param judgements each expert's judgements
     * @param limit at most this many scenarios, the most shared first (0: all)
     * @return {"members":[names], "scenarios":[{"variants":[{descriptor, variant, name}], "share", "count",
     * "experts"}]}
     */
    public static Map<String, Object> ensemble(List<DescriptorRow> descriptors, List<String> experts,
            List<Integer[]> judgements,
            int limit) {
        Members m = members(descriptors, experts, judgements);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("members", m.names());
        List<Object> scenarios = new ArrayList<>();
        if (!m.matrices().isEmpty()) {
            ShareResult<Ensemble> r = Ensemble.withDefaults().analyze(m.matrices());
            List<ScenarioShare> sorted = new ArrayList<>(r.scenarios());
            sorted.sort(Comparator.comparingDouble(ScenarioShare::share).reversed());
            for (ScenarioShare sh : sorted.subList(0, limit <= 0 ? sorted.size() : Math.min(limit, sorted.size()))) {
                Map<String, Object> x = new LinkedHashMap<>();
                List<Object> vs = new ArrayList<>();
                int[] chosen = sh.scenario().variants();
                for (int d = 0; d < descriptors.size(); d++) {
                    VariantRow v = descriptors.get(d).variants().get(chosen[d]);
                    vs.add(Map.of("descriptor", descriptors.get(d).id(), "variant", v.id(), "name", v.name()));
                }
                x.put("variants", vs);
                x.put("share", sh.share());
                x.put("count", sh.count());
                x.put("experts", sh.matrices().stream().map(m.names()::get).toList());
                scenarios.add(x);
            }
        }
        out.put("scenarios", scenarios);
        return out;
    }

    /**
     * The report folder of the ensemble as {@code micmac cib --ensemble} writes it (the library's
     * {@link CibReport}), with each expert's matrix under {@value #MATRICES_FOLDER} in the CSV layout
     * that command reads (blanks as 0), so that the analysis can be run again from the files.
     *
     * @param title the report's title
     * @param descriptors the descriptors
     * @param experts the experts' names
     * @param judgements each expert's judgements
     * @return file name to content; empty when nobody judged
     */
    public static Map<String, String> report(String title, List<DescriptorRow> descriptors, List<String> experts,
            List<Integer[]> judgements) {
        Members m = members(descriptors, experts, judgements);
        Map<String, String> files = new LinkedHashMap<>();
        if (m.matrices().isEmpty()) {
            return files;
        }
        ShareResult<Ensemble> r = Ensemble.withDefaults().analyze(m.matrices());
        files.putAll(CibReport.withDefaults().withTitle(title).render(CibFindings.ensemble(r, m.names())));
        for (int e = 0; e < m.matrices().size(); e++) {
            StringWriter w = new StringWriter();
            try {
                CibCsv.write(m.matrices().get(e), w);
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            files.put(MATRICES_FOLDER + m.names().get(e) + ".csv", w.toString());
        }
        return files;
    }

    /**
     * The cross-impact sheets of the study's workbook ({@code micmac experts} skips them, their
     * names starting with {@value #SHEET_PREFIX}): every judgement, then the library's workbook of
     * the ensemble ({@link CibReport#writeXlsx}: the shares of every scenario and the descriptors),
     * or the descriptors alone while nobody has judged.
     *
     * @param wb the workbook
     * @param descriptors the descriptors
     * @param judgements every judgement, one row each: expert, from, from variant, to, to variant, value
     * @param findings the ensemble's findings ({@link #findings}), or null
     */
    public static void addSheets(XSSFWorkbook wb, List<DescriptorRow> descriptors, List<List<Object>> judgements,
            CibFindings findings) {
        Sheet js = wb.createSheet(SHEET_PREFIX + "judgements");
        row(js, List.of("expert", "from", "from_variant", "to", "to_variant", "value"));
        judgements.forEach(j -> row(js, j));
        if (findings == null) {
            Sheet ds = wb.createSheet(SHEET_PREFIX + "descriptors");
            row(ds, List.of("descriptor", "descriptor_name", "variant", "variant_name"));
            for (DescriptorRow d : descriptors) {
                for (VariantRow v : d.variants()) {
                    row(ds, List.of(d.id(), d.name(), v.id(), v.name()));
                }
            }
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            CibReport.withDefaults().writeXlsx(findings, bytes);
            try (XSSFWorkbook report = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
                for (Sheet from : report) {
                    copy(from, wb.createSheet(SHEET_PREFIX + from.getSheetName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the values of a sheet (text, numbers, booleans; the report's sheets hold nothing else). */
    private static void copy(Sheet from, Sheet to) {
        for (Row r : from) {
            Row out = to.createRow(r.getRowNum());
            for (Cell c : r) {
                Cell x = out.createCell(c.getColumnIndex());
                CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
                switch (t) {
                    case NUMERIC -> x.setCellValue(c.getNumericCellValue());
                    case BOOLEAN -> x.setCellValue(c.getBooleanCellValue());
                    case STRING -> x.setCellValue(c.getStringCellValue());
                    default -> {
                    }
                }
            }
        }
    }

    private static void row(Sheet s, List<Object> cells) {
        Row r = s.createRow(s.getPhysicalNumberOfRows());
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c) instanceof Number x) {
                r.createCell(c).setCellValue(x.doubleValue());
            } else if (cells.get(c) != null) {
                r.createCell(c).setCellValue(cells.get(c).toString());
            }
        }
    }

    /**
     * The judgements to show with the panel's distribution in the next CIB round: those given by at
     * least two experts who differ, by decreasing (sample) standard deviation, then decreasing
     * range, then row by row, as the library orders the disputed cells of the grids.
     *
     * @param descriptors the descriptors
     * @param judgements every expert's judgements in the closing round
     * @param limit at most this many
     * @return the cells with how many judged -3 .. +3
     */
    public static List<CibDisputedRow> disputed(List<DescriptorRow> descriptors, List<Integer[]> judgements,
            int limit) {
        int n = space(descriptors).totalVariants();
        List<double[]> found = new ArrayList<>();
        List<CibDisputedRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int[] counts = new int[VALUES.length];
                int k = 0;
                double sum = 0;
                int min = Integer.MAX_VALUE;
                int max = Integer.MIN_VALUE;
                for (Integer[] g : judgements) {
                    Integer v = g[i * n + j];
                    if (v != null) {
                        counts[v + 3]++;
                        k++;
                        sum += v;
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
                if (k < 2 || max == min) {
                    continue;
                }
                double mean = sum / k;
                double ss = 0;
                for (int x = 0; x < counts.length; x++) {
                    ss += counts[x] * (VALUES[x] - mean) * (VALUES[x] - mean);
                }
                found.add(new double[] {Math.sqrt(ss / (k - 1)), max - min, i, j, rows.size()});
                rows.add(new CibDisputedRow(i, j, counts));
            }
        }
        found.sort(Comparator.<double[]>comparingDouble(x -> -x[0]).thenComparingDouble(x -> -x[1])
                .thenComparingDouble(x -> x[2]).thenComparingDouble(x -> x[3]));
        List<CibDisputedRow> out = new ArrayList<>();
        for (double[] x : found.subList(0, Math.min(limit, found.size()))) {
            out.add(rows.get((int) x[4]));
        }
        return out;
    }
}
