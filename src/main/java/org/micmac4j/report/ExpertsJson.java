package org.micmac4j.report;

import java.util.Locale;

import org.micmac4j.MicmacResult;
import org.micmac4j.Sector;
import org.micmac4j.SplitRule;
import org.micmac4j.Variable;
import org.micmac4j.View;
import org.micmac4j.agreement.AlphaMetric;
import org.micmac4j.experts.CellDispersion;
import org.micmac4j.experts.Panel;
import org.micmac4j.experts.PanelAgreement;
import org.micmac4j.experts.PanelResult;
import org.micmac4j.experts.RankSummary;
import org.micmac4j.experts.RobustnessResult;
import org.micmac4j.experts.VariableRobustness;
import org.micmac4j.report.render.JsonWriter;

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
 * V is the per-view object of {@link MicmacJson} for the aggregate. {@code agreement} is null with
 * a single expert, {@code robustness} null without draws ({@code draws} 0), a statistic null when
 * undefined. {@code spread} is the sample standard deviation of the cell's opinions; a P opinion
 * is written "P".
 */
public final class ExpertsJson {
    private ExpertsJson() {
    }

    /**
     * @param result a synthesis
     * @param robustness its Monte Carlo robustness, or null
     * @param seed the seed reported when there is no robustness
     * @return the document, one line
     */
    public static String of(PanelResult result, RobustnessResult robustness, long seed) {
        Panel panel = result.panel();
        JsonWriter w = new JsonWriter().beginObject();
        w.name("experts").beginArray();
        for (String e : panel.experts()) {
            w.value(e);
        }
        w.endArray();
        w.name("rule").value(result.config().rule().name().toLowerCase(Locale.ROOT));
        w.name("draws").value(robustness == null ? 0 : robustness.draws());
        w.name("seed").value(robustness == null ? seed : robustness.seed());
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
                MicmacJson.writeView(w.name(MicmacJson.key(view)), analysis.view(view), i);
            }
            w.endObject();
            w.name("robustness");
            if (robustness == null) {
                w.value((String) null);
            } else {
                w.beginObject().name("indirect");
                writeRobustness(w, robustness.view(View.INDIRECT).get(i));
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
        return w.endArray().endObject().toString();
    }

    /**
     * Writes one variable's robustness in one view: sector probabilities and rank summaries.
     *
     * @param w the writer
     * @param r the variable's robustness
     */
    public static void writeRobustness(JsonWriter w, VariableRobustness r) {
        w.beginObject().name("sectorProbability").beginObject();
        for (Sector s : Sector.values()) {
            w.name(s.name()).value(r.probability(s));
        }
        w.endObject();
        writeRank(w.name("influenceRank"), r.influenceRank());
        writeRank(w.name("dependenceRank"), r.dependenceRank());
        w.endObject();
    }

    private static void writeRank(JsonWriter w, RankSummary s) {
        w.beginObject().name("median").value(s.median()).name("p05").value(s.p05()).name("p95").value(s.p95())
                .endObject();
    }

    /**
     * The robustness of a single matrix ({@code micmac analyze --draws N --json} prints
     * {@code {"analysis": MicmacJson, "robustness": this}}): draws, seed, the sources of uncertainty
     * (perturbation p and q, the P weight range or null, the split rules drawn, empty for none), the
     * probability that the indirect order stops stable, and per variable the four views as in {@link #writeRobustness}.
     *
     * @param r the result
     * @return the document, one line
     */
    public static String robustness(RobustnessResult r) {
        JsonWriter w = new JsonWriter().beginObject();
        w.name("draws").value(r.draws()).name("seed").value(r.seed());
        w.name("perturbation").beginObject().name("p").value(r.config().perturbationP()).name("q")
                .value(r.config().perturbationQ()).endObject();
        double[] range = r.config().potentialWeightRange();
        w.name("pWeightRange");
        if (range == null) {
            w.value((String) null);
        } else {
            w.beginArray().value(range[0]).value(range[1]).endArray();
        }
        w.name("splitRules").beginArray();
        for (SplitRule rule : r.config().splitRules()) {
            w.value(rule.name());
        }
        w.endArray();
        w.name("stableProbability").value(r.stableProbability());
        w.name("keyThreshold").value(r.config().keyThreshold());
        w.name("robustKeyVariables").beginArray();
        for (Variable v : r.robustKeyVariables(View.INDIRECT)) {
            w.value(v.id());
        }
        w.endArray();
        w.name("variables").beginArray();
        for (int i = 0; i < r.variables().size(); i++) {
            w.beginObject().name("id").value(r.variables().get(i).id());
            for (View view : View.values()) {
                writeRobustness(w.name(MicmacJson.key(view)), r.view(view).get(i));
            }
            w.endObject();
        }
        return w.endArray().endObject().toString();
    }
}
