package org.micmac4j.report.morph;

import org.micmac4j.morph.Configuration;
import org.micmac4j.morph.MorphologicalResult;
import org.micmac4j.report.internal.render.JsonWriter;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.scenario.Variant;

/**
 * The machine-readable form of a morphological analysis, as printed by {@code micmac morph --json}:
 *
 * <pre>
 * {"space":N,"parameters":[{"id":..,"values":[ids]}],"count":c,
 *  "configurations":[[value ids in parameter order]],"survival":{"PARAMETER=value":count}}
 * </pre>
 *
 * {@code space} and {@code count} are exact integers (of any size: only doubles would round
 * them); {@code configurations} holds
 * the listed configurations (up to the analysis's limit), {@code survival} every value's number of
 * consistent configurations.
 */
final class MorphJson {
    private MorphJson() {
    }

    /**
     * @param result a morphological analysis
     * @param out where the document goes, one line
     */
    static void write(MorphologicalResult result, Appendable out) {
        ScenarioSpace space = result.space();
        JsonWriter w = new JsonWriter(out).beginObject();
        w.name("space");
        w.value(space.size());
        w.name("parameters").beginArray();
        for (Descriptor d : space.descriptors()) {
            w.beginObject().name("id").value(d.id()).name("values").beginArray();
            for (Variant v : d.variants()) {
                w.value(v.id());
            }
            w.endArray().endObject();
        }
        w.endArray();
        w.name("count");
        w.value(result.count());
        w.name("configurations").beginArray();
        for (Configuration c : result.configurations()) {
            w.beginArray();
            for (String id : space.variantIds(c.scenario())) {
                w.value(id);
            }
            w.endArray();
        }
        w.endArray();
        w.name("survival").beginObject();
        for (int g = 0; g < space.totalVariants(); g++) {
            w.name(result.field().label(g));
            w.value(result.survival(g));
        }
        w.endObject().endObject().finish();
    }
}
