package org.micmac4j.report;

import org.micmac4j.dematel.Dematel;
import org.micmac4j.dematel.DematelResult;
import org.micmac4j.dematel.Relation;
import org.micmac4j.dematel.VariableScores;

/**
 * The machine-readable form of a DEMATEL result, as printed by {@code micmac dematel --json}:
 *
 * <pre>
 * {"settings":{"normalization":"MAX_ROW_COLUMN","rounding":null|decimals,"thresholdRule":"MEAN"},
 *  "divisor":s,"threshold":t,"largestEigenvalueT":λ,
 *  "variables":[{"id":..,"name":..,"D":d,"R":r,"DplusR":..,"DminusR":..,"group":"CAUSE|EFFECT|NEUTRAL",
 *                "weight":w}],
 *  "relations":[{"from":..,"to":..,"strength":T(i,j)}]}
 * </pre>
 *
 * D is the row sum of the total-relation matrix T (influence given), R its column sum (influence
 * received); {@code relations} are the cells of T strictly above the threshold; {@code rounding}
 * is null when N is not rounded. Numbers are written exactly (shortest round-trip form).
 */
public final class DematelJson {
    private DematelJson() {
    }

    /**
     * @param result a DEMATEL analysis
     * @return the JSON document, one line
     */
    public static String of(DematelResult result) {
        JsonWriter w = new JsonWriter().beginObject();
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
        w.name("relations").beginArray();
        for (Relation r : result.relations()) {
            w.beginObject().name("from").value(r.from().id()).name("to").value(r.to().id()).name("strength")
                    .value(r.strength()).endObject();
        }
        return w.endArray().endObject().toString();
    }
}
