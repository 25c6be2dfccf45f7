package org.micmac4j.report.ism;

import java.util.ArrayList;
import java.util.List;

import org.micmac4j.ism.IsmCell;
import org.micmac4j.ism.IsmEdge;
import org.micmac4j.ism.IsmResult;
import org.micmac4j.ism.IsmVariable;
import org.micmac4j.report.internal.SheetTable;
import org.micmac4j.report.internal.render.Numbers;

/** The workbook sheets of an ISM result. */
final class IsmSheets {
    private IsmSheets() {
    }

    /**
     * @param r the analysis
     * @param matrixUpTo the final reachability matrix is a sheet up to this many variables
     * @return variables, levels, edges, transitive cells and (up to the size) the matrix
     */
    static List<SheetTable> of(IsmResult r, int matrixUpTo) {
        List<SheetTable> sheets = new ArrayList<>();
        List<List<Object>> vars = new ArrayList<>();
        for (IsmVariable v : r.variables()) {
            vars.add(SheetTable.row(v.id(), v.variable().name(), v.drivingPower(), v.dependencePower(), v.level(),
                    Numbers.roman(v.level()), v.cluster().name()));
        }
        sheets.add(new SheetTable("variables", List.of("id", "name", "driving_power", "dependence_power", "level",
                "level_roman", "cluster"), vars, 1));
        List<List<Object>> levels = new ArrayList<>();
        for (int k = 0; k < r.levels().size(); k++) {
            for (String id : r.levels().get(k)) {
                levels.add(SheetTable.row(k + 1, Numbers.roman(k + 1), id));
            }
        }
        sheets.add(new SheetTable("levels", List.of("level", "level_roman", "id"), levels, 1));
        List<List<Object>> edges = new ArrayList<>();
        for (IsmEdge e : r.reducedEdges()) {
            edges.add(SheetTable.row(e.from(), e.to(), e.withinCycle()));
        }
        sheets.add(new SheetTable("edges", List.of("from", "to", "within_cycle"), edges, 2));
        List<List<Object>> cells = new ArrayList<>();
        for (IsmCell c : r.transitiveCells()) {
            cells.add(SheetTable.row(c.from(), c.to()));
        }
        sheets.add(new SheetTable("transitive_cells", List.of("from", "to"), cells, 2));
        if (r.size() <= matrixUpTo) {
            List<String> ids = r.ids();
            sheets.add(SheetTable.square("final_reachability", ids, (i, j) -> r.cellText(ids.get(i), ids.get(j))));
        }
        return sheets;
    }
}
