package org.micmac4j.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.IterationReport;
import org.micmac4j.MatrixCharacteristics;
import org.micmac4j.MicmacResult;
import org.micmac4j.OrderStability;
import org.micmac4j.Variable;
import org.micmac4j.View;
import org.micmac4j.ViewResult;
import org.micmac4j.internal.Poi;

/**
 * Writes a MICMAC analysis as an Excel workbook ({@code .xlsx}) that an analyst can sort, filter
 * and chart directly. Sheets:
 * <ul>
 * <li>one per view ({@code direct}, {@code indirect}, {@code potential_direct},
 * {@code potential_indirect}): id, name, group, influence, dependence (the comparable values of
 * {@link ViewResult}), influence and dependence ranks, sector;</li>
 * <li>{@code characteristics}: the matrix characteristics, one per row;</li>
 * <li>{@code stability}: the per-order stability report of both indirect views;</li>
 * <li>{@code matrix} and {@code variables}: the input, in the layout that
 * {@link org.micmac4j.io.MatrixCsv} and {@link org.micmac4j.io.VariablesCsv} read back
 * (the matrix sheet only up to {@link #MATRIX_SHEET_MAX_DEFAULT} variables).</li>
 * </ul>
 * Numbers are number cells (not text), every sheet has a bold frozen header row and an
 * autofilter; a NaN (e.g. an undefined Kendall tau) is a blank cell.
 *
 * <pre>{@code
 * ResultsXlsx.withDefaults().write(Micmac.withDefaults().analyze(m), Path.of("results.xlsx"));
 * }</pre>
 *
 * <p>Needs Apache POI ({@code org.apache.poi:poi-ooxml}), an optional dependency: without it
 * {@link #write} throws an {@link UnsupportedOperationException} naming what to add. Immutable.
 */
public final class ResultsXlsx {
    /** Largest matrix written as the {@code matrix} sheet (n² cells): 2000, i.e. 4 million cells. */
    public static final int MATRIX_SHEET_MAX_DEFAULT = 2000;

    private static final ResultsXlsx DEFAULTS = new ResultsXlsx(MATRIX_SHEET_MAX_DEFAULT);

    private final int matrixSheetMax;

    private ResultsXlsx(int matrixSheetMax) {
        this.matrixSheetMax = matrixSheetMax;
    }

    /** @return the writer with the default settings */
    public static ResultsXlsx withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param n the largest number of variables whose matrix is written as a sheet (0: never)
     * @return a copy with that limit
     */
    public ResultsXlsx withMatrixSheetMax(int n) {
        org.micmac4j.internal.Messages.require(n >= 0, "the matrix sheet limit must be >= 0, got %d", n);
        return new ResultsXlsx(n);
    }

    /** @return the largest matrix written as a sheet */
    public int matrixSheetMax() {
        return matrixSheetMax;
    }

    /**
     * Writes the workbook, replacing the file.
     *
     * @param result the analysis (its lazy views are computed here)
     * @param file the {@code .xlsx} file
     * @throws IOException when writing fails
     * @throws UnsupportedOperationException when Apache POI is not on the class path
     */
    public void write(MicmacResult result, Path file) throws IOException {
        Poi.require("writing " + file);
        PoiWorkbook.write(sheets(result), file);
    }

    List<SheetTable> sheets(MicmacResult result) {
        List<SheetTable> sheets = new ArrayList<>();
        for (View v : View.values()) {
            sheets.add(view(result, v));
        }
        sheets.add(characteristics(result.characteristics()));
        sheets.add(stability(result));
        if (result.matrix().size() <= matrixSheetMax) {
            sheets.add(matrix(result.matrix()));
        }
        sheets.add(variables(result.variables()));
        return sheets;
    }

    /**
     * @param v a view
     * @return its sheet name, e.g. {@code potential_indirect}
     */
    public static String sheetName(View v) {
        return v.name().toLowerCase(Locale.ROOT);
    }

    private static SheetTable view(MicmacResult result, View v) {
        ViewResult r = result.view(v);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            Variable var = r.variables().get(i);
            rows.add(row(var.id(), var.name(), var.group().orElse(""), r.influence(i), r.dependence(i),
                    r.influenceRank(i), r.dependenceRank(i), r.sector(i).name()));
        }
        return new SheetTable(sheetName(v), List.of("id", "name", "group", "influence", "dependence",
                "influence_rank", "dependence_rank", "sector"), rows, 1);
    }

    private static SheetTable characteristics(MatrixCharacteristics c) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("size", c.size()));
        rows.add(row("non_zero_cells", c.nonZeroCells()));
        rows.add(row("fill_rate", c.fillRate()));
        rows.add(row("off_diagonal_fill_rate", c.offDiagonalFillRate()));
        rows.add(row("total_weight", c.totalWeight()));
        rows.add(row("potential_total_weight", c.potentialTotalWeight()));
        rows.add(row("order", c.order()));
        rows.add(row("stable", c.stable()));
        for (Map.Entry<String, Long> e : c.valueCounts().entrySet()) {
            rows.add(row("cells_" + e.getKey(), e.getValue()));
        }
        return new SheetTable("characteristics", List.of("characteristic", "value"), rows, 1);
    }

    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    private static SheetTable stability(MicmacResult result) {
        List<List<Object>> rows = new ArrayList<>();
        for (View v : new View[] {View.INDIRECT, View.POTENTIAL_INDIRECT}) {
            IterationReport it = result.iteration(v);
            for (OrderStability o : it.orders()) {
                rows.add(row(sheetName(v), o.order(), o.influenceRanksKept(), o.dependenceRanksKept(),
                        o.influenceTau(), o.dependenceTau(), o.influenceChange(), o.dependenceChange()));
            }
        }
        return new SheetTable("stability", List.of("view", "order", "influence_ranks_kept", "dependence_ranks_kept",
                "influence_tau", "dependence_tau", "influence_change", "dependence_change"), rows, 2);
    }

    private static SheetTable matrix(InfluenceMatrix m) {
        int n = m.size();
        List<String> header = new ArrayList<>(n + 1);
        header.add("");
        for (Variable v : m.variables()) {
            header.add(v.id());
        }
        List<List<Object>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Object> row = new ArrayList<>(n + 1);
            row.add(m.variable(i).id());
            for (int j = 0; j < n; j++) {
                if (m.isPotential(i, j)) {
                    row.add("P");
                } else {
                    row.add(m.value(i, j));
                }
            }
            rows.add(row);
        }
        return new SheetTable("matrix", header, rows, 1);
    }

    private static SheetTable variables(List<Variable> vs) {
        List<List<Object>> rows = new ArrayList<>();
        for (Variable v : vs) {
            rows.add(row(v.id(), v.name(), v.group().orElse(""), v.description().orElse("")));
        }
        return new SheetTable("variables", List.of("id", "name", "group", "description"), rows, 1);
    }
}
