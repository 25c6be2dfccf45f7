package org.micmac4j.report.dematel;

import java.util.ArrayList;
import java.util.List;

import org.micmac4j.dematel.DematelResult;
import org.micmac4j.dematel.VariableScores;
import org.micmac4j.report.internal.SheetTable;

/** The workbook sheets of a DEMATEL result. */
final class DematelSheets {
    private DematelSheets() {
    }

    /**
     * @param r the analysis
     * @param rel the relations listed
     * @param matrixUpTo T is a sheet up to this many variables (and only when the relations were computed)
     * @return variables, relations and (up to the size) T
     */
    static List<SheetTable> of(DematelResult r, DematelRelations rel, int matrixUpTo) {
        List<SheetTable> sheets = new ArrayList<>();
        List<List<Object>> vars = new ArrayList<>();
        for (VariableScores s : r.scores()) {
            vars.add(SheetTable.row(s.variable().id(), s.variable().name(), s.d(), s.r(), s.dPlusR(), s.dMinusR(),
                    s.role().name(), s.weight()));
        }
        sheets.add(new SheetTable("variables", List.of("id", "name", "D", "R", "D_plus_R", "D_minus_R", "role",
                "weight"), vars, 1));
        List<List<Object>> relations = new ArrayList<>();
        for (int k = 0; k < rel.size(); k++) {
            relations.add(SheetTable.row(r.variables().get(rel.from(k)).id(), r.variables().get(rel.to(k)).id(),
                    rel.strength(k)));
        }
        sheets.add(new SheetTable("relations", List.of("from", "to", "strength"), relations, 2));
        if (!rel.leftOut() && r.size() <= matrixUpTo) {
            sheets.add(SheetTable.square("total_relation", r.variables().stream().map(v -> v.id()).toList(),
                    r::totalRelation));
        }
        return sheets;
    }
}
