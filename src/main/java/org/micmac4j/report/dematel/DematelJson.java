package org.micmac4j.report.dematel;

import java.util.List;

import org.micmac4j.Variable;
import org.micmac4j.dematel.Dematel;
import org.micmac4j.dematel.DematelResult;
import org.micmac4j.dematel.VariableScores;
import org.micmac4j.report.internal.render.JsonWriter;

/**
 * The machine-readable form of a DEMATEL result, as printed by {@code micmac dematel --json}; the
 * format is documented on {@link DematelReport#writeJson}.
 */
final class DematelJson {
    private DematelJson() {
    }

    /**
     * @param result a DEMATEL analysis
     * @param listed the relations listed (or left out)
     * @param out where the document goes, one line
     */
    static void write(DematelResult result, DematelRelations listed, Appendable out) {
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
        w.name("threshold");
        if (listed.leftOut() && !DematelRelations.thresholdWithoutT(result)) {
            w.value((String) null);
        } else {
            w.value(result.threshold());
        }
        w.name("largestEigenvalueT").value(result.largestEigenvalueOfT());
        w.name("variables").beginArray();
        for (VariableScores s : result.scores()) {
            w.beginObject().name("id").value(s.variable().id()).name("name").value(s.variable().name())
                    .name("D").value(s.d()).name("R").value(s.r()).name("DplusR").value(s.dPlusR())
                    .name("DminusR").value(s.dMinusR()).name("role").value(s.role().name())
                    .name("weight").value(s.weight()).endObject();
        }
        w.endArray();
        if (listed.leftOut()) {
            w.name("relationCount").value((String) null).name("relations").value((String) null).endObject().finish();
            return;
        }
        w.name("relationCount").value(listed.count());
        w.name("relations").beginArray();
        List<Variable> vars = result.variables();
        for (int k = 0; k < listed.size(); k++) {
            w.beginObject().name("from").value(vars.get(listed.from(k)).id()).name("to")
                    .value(vars.get(listed.to(k)).id()).name("strength").value(listed.strength(k)).endObject();
        }
        w.endArray().endObject().finish();
    }
}
