package org.micmac4j.report;

import java.util.List;

import org.micmac4j.Variable;
import org.micmac4j.dematel.Dematel;
import org.micmac4j.dematel.DematelResult;
import org.micmac4j.dematel.VariableScores;
import org.micmac4j.report.render.JsonWriter;

/**
 * The machine-readable form of a DEMATEL result, as printed by {@code micmac dematel --json}:
 *
 * <pre>
 * {"settings":{"normalization":"MAX_ROW_COLUMN","rounding":null|decimals,"thresholdRule":"MEAN"},
 *  "divisor":s,"threshold":t,"largestEigenvalueT":λ,
 *  "variables":[{"id":..,"name":..,"D":d,"R":r,"DplusR":..,"DminusR":..,"group":"CAUSE|EFFECT|NEUTRAL",
 *                "weight":w}],
 *  "relationCount":m,
 *  "relations":[{"from":..,"to":..,"strength":T(i,j)}]}
 * </pre>
 *
 * D is the row sum of the total-relation matrix T (influence given), R its column sum (influence
 * received); {@code relationCount} is the number of cells of T strictly above the threshold and
 * {@code relations} lists them row by row, or only the strongest when there are more than the
 * report's limit ({@link DematelReport#withRelationsListed}; ties at the cut in row order), since
 * a dense matrix has about n²/2 of them; {@code rounding} is null when N is not rounded. Numbers
 * are written exactly (shortest round-trip form).
 */
final class DematelJson {
    private DematelJson() {
    }

    /**
     * @param result a DEMATEL analysis
     * @param limit the most relations listed
     * @param out where the document goes, one line
     */
    static void write(DematelResult result, int limit, Appendable out) {
        JsonWriter w = new JsonWriter(out).beginObject();
        w.name("settings").beginObject().name("normalization").value(result.config().normalization().name())
                .name("rounding");
        if (result.config().rounding() == Dematel.ROUNDING_NONE) {
            w.value((String) null);
        } else {
            w.value(result.config().rounding());
        }
        w.name("thresholdRule").value(result.config().thresholdRule().name()).endObject();
        w.name("divisor").value(result.divisor());
        w.name("threshold").value(result.threshold());
        w.name("largestEigenvalueT").value(result.largestEigenvalueOfT());
        w.name("variables").beginArray();
        for (VariableScores s : result.scores()) {
            w.beginObject().name("id").value(s.variable().id()).name("name").value(s.variable().name())
                    .name("D").value(s.d()).name("R").value(s.r()).name("DplusR").value(s.dPlusR())
                    .name("DminusR").value(s.dMinusR()).name("group").value(s.role().name())
                    .name("weight").value(s.weight()).endObject();
        }
        w.endArray();
        DematelRelations listed = DematelRelations.strongest(result, limit);
        w.name("relationCount").value(listed.count());
        w.name("relations").beginArray();
        List<Variable> vars = result.variables();
        for (int k = 0; k < listed.size(); k++) {
            w.beginObject().name("from").value(vars.get(listed.from(k)).id()).name("to").value(vars.get(listed.to(k)).id())
                    .name("strength").value(listed.strength(k)).endObject();
        }
        w.endArray().endObject().finish();
    }
}
