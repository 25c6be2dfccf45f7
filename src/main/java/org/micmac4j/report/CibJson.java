package org.micmac4j.report;

import java.util.Map;

import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.CibScenario;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.scenario.Variant;
import org.micmac4j.report.render.JsonWriter;

/**
 * The machine-readable form of a CIB solution set, as printed by {@code micmac cib --json}:
 *
 * <pre>
 * {"space":N,"descriptors":[{"id":..,"variants":[ids]}],
 *  "scenarios":[{"variants":[variant ids in descriptor order],"inconsistency":ic,
 *                "consistencyValue":cv,"totalImpactScore":tis,"weight":w|null}],
 *  "cycles":c|null}
 * </pre>
 *
 * Scenarios in the result's order (inconsistency ascending, then total impact score descending,
 * then variant indices). {@code weight} is the scenario's succession basin weight (the number of
 * starts, of all scenarios or of the random sample, that end in it) and {@code cycles} the number
 * of distinct cycles the succession reached; both are null when no weights were computed.
 */
public final class CibJson {
    private CibJson() {
    }

    /**
     * @param result the solution set
     * @param succession the succession weights, or null
     * @return the JSON document, one line
     */
    public static String of(CibResult result, SuccessionResult succession) {
        ScenarioSpace space = result.space();
        JsonWriter w = new JsonWriter().beginObject();
        w.name("space");
        MorphJson.integer(w, space.size());
        w.name("descriptors").beginArray();
        for (Descriptor d : space.descriptors()) {
            w.beginObject().name("id").value(d.id()).name("variants").beginArray();
            for (Variant v : d.variants()) {
                w.value(v.id());
            }
            w.endArray().endObject();
        }
        w.endArray();
        Map<Scenario, Long> weights = succession == null ? Map.of() : succession.weights();
        w.name("scenarios").beginArray();
        for (CibScenario s : result.scenarios()) {
            w.beginObject().name("variants").beginArray();
            for (String id : space.variantIds(s.scenario())) {
                w.value(id);
            }
            w.endArray().name("inconsistency").value(s.inconsistency()).name("consistencyValue")
                    .value(s.consistencyValue()).name("totalImpactScore").value(s.totalImpactScore()).name("weight");
            if (succession == null) {
                w.value((String) null);
            } else {
                w.value(weights.getOrDefault(s.scenario(), 0L));
            }
            w.endObject();
        }
        w.endArray().name("cycles");
        if (succession == null) {
            w.value((String) null);
        } else {
            w.value(succession.cycles().size());
        }
        return w.endObject().toString();
    }
}
