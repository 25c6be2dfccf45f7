package org.micmac4j.report.cib;

import java.util.List;
import java.util.Map;

import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.CibScenario;
import org.micmac4j.cib.Ensemble;
import org.micmac4j.cib.JudgementNoise;
import org.micmac4j.cib.ScenarioShare;
import org.micmac4j.cib.ShareResult;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.report.internal.render.JsonWriter;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.scenario.Variant;

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
final class CibJson {
    private CibJson() {
    }

    /**
     * @param f the findings, of one matrix or of an ensemble
     * @param out where the document goes
     */
    static void write(CibFindings f, Appendable out) {
        if (f.isEnsemble()) {
            ensemble(f.ensembleResult(), f.members(), f.noise(), out);
        } else {
            of(f.result(), f.succession(), f.noise(), out);
        }
    }

    /**
     * The solution-set document with, when {@code noise} is given, a last member
     * {@code "noise":{"standardDeviation":σ,"draws":n,"seed":s,"zerosKept":b,"maxInconsistency":K,
     * "scenarios":[{"variants":[ids],"count":c,"share":p}]}}: every scenario in the solution set of
     * at least one noisy draw, with the number and share of draws (its estimated probability of
     * consistency), share descending.
     *
     * @param result the solution set
     * @param succession the succession weights, or null
     * @param noise the judgement-noise result, or null
     * @param out where the document goes, one line
     */
    private static void of(CibResult result, SuccessionResult succession, ShareResult<JudgementNoise> noise,
            Appendable out) {
        ScenarioSpace space = result.space();
        JsonWriter w = new JsonWriter(out).beginObject();
        space(w, space);
        Map<Scenario, Long> weights = succession == null ? Map.of() : succession.weights();
        w.name("scenarios").beginArray();
        for (CibScenario s : result.scenarios()) {
            w.beginObject().name("variants");
            variants(w, space, s.scenario());
            w.name("inconsistency").value(s.inconsistency()).name("consistencyValue")
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
        if (noise != null) {
            noise(w, noise, 0);
        }
        w.endObject().finish();
    }

    /**
     * The "noise" member; with {@code members} > 0 (noise over an ensemble) each scenario also has
     * "byMember":[p1,…], its probability in each member's draws.
     */
    private static void noise(JsonWriter w, ShareResult<JudgementNoise> noise, int members) {
        JudgementNoise c = noise.config();
        w.name("noise").beginObject().name("standardDeviation").value(c.standardDeviation()).name("draws")
                .value(c.draws()).name("seed").value(c.seed()).name("zerosKept").value(c.zerosKept())
                .name("maxInconsistency").value(c.cib().maxInconsistency());
        w.name("scenarios").beginArray();
        for (ScenarioShare s : noise.scenarios()) {
            w.beginObject().name("variants");
            variants(w, noise.space(), s.scenario());
            w.name("count").value(s.count()).name("share").value(s.share());
            if (members > 0) {
                w.name("byMember").beginArray();
                for (int count : s.countsPerBlock(c.draws(), members)) {
                    w.value(count / (double) c.draws());
                }
                w.endArray();
            }
            w.endObject();
        }
        w.endArray().endObject();
    }

    /**
     * The document of an ensemble, as printed by {@code micmac cib --ensemble --json}:
     *
     * <pre>
     * {"space":N,"descriptors":[{"id":..,"variants":[ids]}],
     *  "ensemble":{"members":[names],"maxInconsistency":K,
     *              "scenarios":[{"variants":[ids],"count":c,"share":s,"members":[names]}]}}
     * </pre>
     *
     * Every scenario in the solution set of at least one member, with the number and share of
     * members in whose solution set it is and their names, share descending, then scenario order.
     * When {@code noise} is given, a last member
     * {@code "noise":{"standardDeviation":σ,"draws":n,"seed":s,"zerosKept":b,"maxInconsistency":K,
     * "scenarios":[{"variants":[ids],"count":c,"share":p,"byMember":[p1,…]}]}}: n noisy copies of
     * every member ({@link JudgementNoise#analyze(List)}); count of all members' copies, share =
     * probability for a member taken at random, byMember = each member's probability, in member
     * order.
     *
     * @param result the ensemble result
     * @param members the members' names, in the order they were solved
     * @param noise judgement noise over the same members, or null
     * @param out where the document goes, one line
     */
    private static void ensemble(ShareResult<Ensemble> result, List<String> members,
            ShareResult<JudgementNoise> noise, Appendable out) {
        JsonWriter w = new JsonWriter(out).beginObject();
        space(w, result.space());
        w.name("ensemble").beginObject().name("members").beginArray();
        members.forEach(w::value);
        w.endArray().name("maxInconsistency").value(result.config().cib().maxInconsistency());
        shares(w, result, members);
        w.endObject();
        if (noise != null) {
            noise(w, noise, members.size());
        }
        w.endObject().finish();
    }

    private static void space(JsonWriter w, ScenarioSpace space) {
        w.name("space");
        w.value(space.size());
        w.name("descriptors").beginArray();
        for (Descriptor d : space.descriptors()) {
            w.beginObject().name("id").value(d.id()).name("variants").beginArray();
            for (Variant v : d.variants()) {
                w.value(v.id());
            }
            w.endArray().endObject();
        }
        w.endArray();
    }

    private static void variants(JsonWriter w, ScenarioSpace space, Scenario s) {
        w.beginArray();
        for (String id : space.variantIds(s)) {
            w.value(id);
        }
        w.endArray();
    }

    /** The ensemble's scenarios: shares and each scenario's members by name. */
    private static void shares(JsonWriter w, ShareResult<Ensemble> r, List<String> members) {
        w.name("scenarios").beginArray();
        for (ScenarioShare s : r.scenarios()) {
            w.beginObject().name("variants");
            variants(w, r.space(), s.scenario());
            w.name("count").value(s.count()).name("share").value(s.share()).name("members").beginArray();
            s.matrices().forEach(i -> w.value(members.get(i)));
            w.endArray().endObject();
        }
        w.endArray();
    }
}
