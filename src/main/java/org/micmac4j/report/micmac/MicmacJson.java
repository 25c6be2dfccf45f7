package org.micmac4j.report.micmac;

import org.micmac4j.MicmacResult;
import org.micmac4j.StructureDiagnosis;
import org.micmac4j.Thresholds;
import org.micmac4j.Variable;
import org.micmac4j.View;
import org.micmac4j.ViewResult;
import org.micmac4j.report.internal.ViewJson;
import org.micmac4j.report.internal.render.JsonWriter;

/**
 * The machine-readable form of a MICMAC result, as printed by {@code micmac analyze --json}:
 *
 * <pre>
 * {"order":k,"stable":bool,
 *  "structure":{"kind":"PRIMITIVE|PERIODIC|REDUCIBLE|ACYCLIC","period":p},
 *  "split":{"rule":"MEAN","influence":t,"dependence":t},
 *  "variables":[{"id":..,"name":..,"group":..,"direct":V,"indirect":V,
 *                "potentialDirect":V,"potentialIndirect":V}]}
 * </pre>
 *
 * where each V is {@code {"influence":x,"dependence":y,"influenceRank":r,"dependenceRank":s,
 * "sector":"INFLUENT|RELAY|DEPENDENT|AUTONOMOUS"}} with influence and dependence on the comparable
 * scale. {@code structure} is the diagnosis of the current matrix; {@code split} gives the
 * thresholds of the indirect view (under MEAN they equal the direct view's, since the comparable
 * scale keeps the direct total); {@code group} is null when a variable has none.
 */
final class MicmacJson {
    private MicmacJson() {
    }

    /**
     * @param result an analysis
     * @param out where the document goes, one line
     */
    static void write(MicmacResult result, Appendable out) {
        JsonWriter w = new JsonWriter(out).beginObject();
        w.name("order").value(result.order());
        w.name("stable").value(result.isStable());
        StructureDiagnosis s = result.structure();
        w.name("structure").beginObject().name("kind").value(s.kind().name()).name("period").value(s.period())
                .endObject();
        Thresholds t = result.view(View.INDIRECT).thresholds();
        w.name("split").beginObject().name("rule").value(t.rule().name()).name("influence").value(t.influence())
                .name("dependence").value(t.dependence()).endObject();
        w.name("variables").beginArray();
        ViewResult[] views = new ViewResult[View.values().length];
        String[] keys = new String[views.length];
        for (View view : View.values()) {
            views[view.ordinal()] = result.view(view);
            keys[view.ordinal()] = ViewJson.key(view);
        }
        for (int i = 0; i < result.variables().size(); i++) {
            Variable v = result.variables().get(i);
            w.beginObject().name("id").value(v.id()).name("name").value(v.name()).name("group")
                    .value(v.group().orElse(null));
            for (int k = 0; k < views.length; k++) {
                ViewJson.writeView(w.name(keys[k]), views[k], i);
            }
            w.endObject();
        }
        w.endArray().endObject().finish();
    }
}
