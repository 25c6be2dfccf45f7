package org.micmac4j.report.internal;

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

/**
 * The sheets of a MICMAC analysis, for a workbook that an analyst can sort, filter and chart
 * directly (the MICMAC report's and, for the aggregate matrix, the panel report's):
 * <ul>
 * <li>one per view ({@code direct}, {@code indirect}, {@code potential_direct},
 * {@code potential_indirect}): id, name, group, influence, dependence (the comparable values of
 * {@link ViewResult}), influence and dependence ranks, sector;</li>
 * <li>{@code characteristics}: the matrix characteristics, one per row;</li>
 * <li>{@code stability}: the per-order stability report of both indirect views;</li>
 * <li>{@code matrix} and {@code variables}: the input, in the layout that
 * {@link org.micmac4j.io.MatrixCsv} and {@link org.micmac4j.io.VariablesCsv} read back
 * (the matrix sheet only up to a number of variables).</li>
 * </ul>
 */
public final class MicmacSheets {
    private MicmacSheets() {
    }

    /**
     * @param result the analysis (its lazy views are computed here)
     * @param matrixSheetMax the largest number of variables whose matrix is a sheet
     * @return the sheets, in order
     */
    public static List<SheetTable> of(MicmacResult result, int matrixSheetMax) {
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
    static String sheetName(View v) {
        return v.name().toLowerCase(Locale.ROOT);
    }

    private static SheetTable view(MicmacResult result, View v) {
        ViewResult r = result.view(v);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            Variable var = r.variables().get(i);
            rows.add(SheetTable.row(var.id(), var.name(), var.group().orElse(""), r.influence(i), r.dependence(i),
                    r.influenceRank(i), r.dependenceRank(i), r.sector(i).name()));
        }
        return new SheetTable(sheetName(v), List.of("id", "name", "group", "influence", "dependence",
                "influence_rank", "dependence_rank", "sector"), rows, 1);
    }

    private static SheetTable characteristics(MatrixCharacteristics c) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(SheetTable.row("size", c.size()));
        rows.add(SheetTable.row("non_zero_cells", c.nonZeroCells()));
        rows.add(SheetTable.row("fill_rate", c.fillRate()));
        rows.add(SheetTable.row("off_diagonal_fill_rate", c.offDiagonalFillRate()));
        rows.add(SheetTable.row("total_weight", c.totalWeight()));
        rows.add(SheetTable.row("potential_total_weight", c.potentialTotalWeight()));
        rows.add(SheetTable.row("order", c.order()));
        rows.add(SheetTable.row("stable", c.stable()));
        for (Map.Entry<String, Long> e : c.valueCounts().entrySet()) {
            rows.add(SheetTable.row("cells_" + e.getKey(), e.getValue()));
        }
        return new SheetTable("characteristics", List.of("characteristic", "value"), rows, 1);
    }

    private static SheetTable stability(MicmacResult result) {
        List<List<Object>> rows = new ArrayList<>();
        for (View v : new View[] {View.INDIRECT, View.POTENTIAL_INDIRECT}) {
            IterationReport it = result.iteration(v);
            for (OrderStability o : it.orders()) {
                rows.add(SheetTable.row(sheetName(v), o.order(), o.influenceRanksKept(), o.dependenceRanksKept(),
                        o.influenceTau(), o.dependenceTau(), o.influenceChange(), o.dependenceChange()));
            }
        }
        return new SheetTable("stability", List.of("view", "order", "influence_ranks_kept", "dependence_ranks_kept",
                "influence_tau", "dependence_tau", "influence_change", "dependence_change"), rows, 2);
    }

    private static SheetTable matrix(InfluenceMatrix m) {
        return SheetTable.square("matrix", m.variables().stream().map(Variable::id).toList(),
                (i, j) -> m.isPotential(i, j) ? "P" : (Object) m.value(i, j));
    }

    private static SheetTable variables(List<Variable> vs) {
        List<List<Object>> rows = new ArrayList<>();
        for (Variable v : vs) {
            rows.add(SheetTable.row(v.id(), v.name(), v.group().orElse(""), v.description().orElse("")));
        }
        return new SheetTable("variables", List.of("id", "name", "group", "description"), rows, 1);
    }
}
