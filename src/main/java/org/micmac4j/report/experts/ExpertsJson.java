package org.micmac4j.report.experts;

import java.util.Locale;

import org.micmac4j.MicmacResult;
import org.micmac4j.Variable;
import org.micmac4j.View;
import org.micmac4j.agreement.AlphaMetric;
import org.micmac4j.experts.CellDispersion;
import org.micmac4j.experts.Panel;
import org.micmac4j.experts.PanelAgreement;
import org.micmac4j.experts.PanelResult;
import org.micmac4j.experts.RobustnessResult;
import org.micmac4j.report.internal.ViewJson;
import org.micmac4j.report.internal.render.JsonWriter;

/**
 * The JSON document of {@code micmac experts --json}:
 * <pre>
 * {"experts":[names],"rule":"mean","draws":N,"seed":S,
 *  "agreement":{"kendallW":{"directInfluence":w,"directDependence":w,"indirectInfluence":w,
 *               "indirectDependence":w},"krippendorffAlpha":{"ordinal":a,"interval":a}},
 *  "variables":[{"id":..,"name":..,"aggregate":{"direct":V,"indirect":V,"potentialDirect":V,
 *               "potentialIndirect":V},"robustness":{"indirect":{"sectorProbability":{"INFLUENT":p,..},
 *               "influenceRank":{"median":r,"p05":r,"p95":r},"dependenceRank":{..}}}}],
 *  "disputedCells":[{"from":id,"to":id,"scores":{"expert":score|"P"|null},"spread":s}]}
 * </pre>
 * V is the per-view object of the MICMAC document for the aggregate. {@code agreement} is null with
 * a single expert, {@code robustness} null without draws ({@code draws} 0), a statistic null when
 * undefined. {@code spread} is the sample standard deviation of the cell's opinions; a P opinion
 * is written "P".
 */
final class ExpertsJson {
    private ExpertsJson() {
    }

    /**
     * @param f the synthesis, its robustness and seed
     * @param out where the document goes, one line
     */
    static void write(PanelFindings f, Appendable out) {
        PanelResult result = f.synthesis();
        RobustnessResult robustness = f.robustness();
        Panel panel = result.panel();
        JsonWriter w = new JsonWriter(out).beginObject();
        w.name("experts").beginArray();
        for (String e : panel.experts()) {
            w.value(e);
        }
        w.endArray();
        w.name("rule").value(result.config().rule().name().toLowerCase(Locale.ROOT));
        w.name("draws").value(robustness == null ? 0 : robustness.draws());
        w.name("seed").value(f.seed());
        PanelAgreement a = result.agreement();
        w.name("agreement");
        if (a == null) {
            w.value((String) null);
        } else {
            w.beginObject().name("kendallW").beginObject();
            w.name("directInfluence").value(a.kendallW(View.DIRECT).influence().w());
            w.name("directDependence").value(a.kendallW(View.DIRECT).dependence().w());
            w.name("indirectInfluence").value(a.kendallW(View.INDIRECT).influence().w());
            w.name("indirectDependence").value(a.kendallW(View.INDIRECT).dependence().w());
            w.endObject().name("krippendorffAlpha").beginObject();
            w.name("ordinal").value(a.alpha(AlphaMetric.ORDINAL).alpha());
            w.name("interval").value(a.alpha(AlphaMetric.INTERVAL).alpha());
            w.endObject().endObject();
        }
        MicmacResult analysis = result.analysis();
        w.name("variables").beginArray();
        for (int i = 0; i < panel.size(); i++) {
            Variable v = panel.variables().get(i);
            w.beginObject().name("id").value(v.id()).name("name").value(v.name());
            w.name("aggregate").beginObject();
            for (View view : View.values()) {
                ViewJson.writeView(w.name(ViewJson.key(view)), analysis.view(view), i);
            }
            w.endObject();
            w.name("robustness");
            if (robustness == null) {
                w.value((String) null);
            } else {
                w.beginObject().name("indirect");
                ViewJson.writeRobustness(w, robustness.view(View.INDIRECT).get(i));
                w.endObject();
            }
            w.endObject();
        }
        w.endArray();
        w.name("disputedCells").beginArray();
        for (CellDispersion d : result.disputedCells()) {
            w.beginObject().name("from").value(panel.variables().get(d.from()).id()).name("to")
                    .value(panel.variables().get(d.to()).id());
            w.name("scores").beginObject();
            for (int e = 0; e < panel.expertCount(); e++) {
                w.name(panel.experts().get(e));
                if (panel.isPotential(e, d.from(), d.to())) {
                    w.value("P");
                } else {
                    double s = panel.score(e, d.from(), d.to());
                    if (Double.isNaN(s)) {
                        w.value((String) null);
                    } else {
                        w.value(s);
                    }
                }
            }
            w.endObject().name("spread").value(d.standardDeviation()).endObject();
        }
        w.endArray().endObject().finish();
    }
}
