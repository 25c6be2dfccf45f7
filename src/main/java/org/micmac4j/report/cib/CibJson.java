package org.micmac4j.report.cib;

import java.util.List;
import java.util.Map;

import org.micmac4j.cib.Attractor;
import org.micmac4j.cib.Basin;
import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.DescriptorGroup;
import org.micmac4j.cib.ShareInterval;
import org.micmac4j.cib.WeightMode;
import org.micmac4j.cib.CibScenario;
import org.micmac4j.cib.Ensemble;
import org.micmac4j.cib.JudgementNoise;
import org.micmac4j.cib.KernelChange;
import org.micmac4j.cib.LeverageResult;
import org.micmac4j.cib.ScenarioShare;
import org.micmac4j.cib.ShareResult;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.report.internal.render.JsonWriter;
import org.micmac4j.scenario.Blocks;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.Quantities;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.scenario.Variant;

/**
 * The machine-readable form of a CIB solution set, as printed by {@code micmac cib --json}:
 *
 * <pre>
 * {"space":N,"descriptors":[{"id":..,"variants":[ids]}],
 *  "count":C,"listed":L,
 *  "groups":[{"descriptors":[ids],"scenarios":S,"count":c}],
 *  "settings":{"maxInconsistency":K,"intervention":{"D":"v",…},"constraints":["A:a1 implies B:b2",…],
 *              "succession":"global"|null,"leverageScale":S|null},
 *  "scenarios":[{"variants":[variant ids in descriptor order],"inconsistency":ic,
 *                "consistencyValue":cv,"totalImpactScore":tis,"weight":w|null,
 *                "quantities":{"INDICATOR":value|null,…}|null}],
 *  "succession":{"mode":"exact"|"sampled","starts":n,"confidence":0.95|null}|null,
 *  "cycles":[{"scenarios":[[ids],..],"weight":w}]|null,
 *  "interventionChange":{"gained":[[ids]],"lost":[[ids]]}|null,
 *  "diverse":[{"variants":[ids],"minDistance":d|null}]|null,
 *  "indicators":[{"name":..,"unit":..,"descriptor":..}]|null,
 *  "leverage":[{"from":"A:a1","to":"B:b2","value":v,"change":k,"gained":[[ids]],"lost":[[ids]]}]|null}
 * </pre>
 *
 * Scenarios in the result's order (inconsistency ascending, then total impact score descending,
 * then variant indices). {@code weight} is the scenario's succession basin weight (the number of
 * starts, of all scenarios or of the random sample, that end in it); {@code cycles} every cycle the
 * succession reached, its scenarios in succession order from the smallest, with its weight; both
 * are null when no weights were computed. With sampled weights each scenario also has
 * {@code "share":p,"interval":[lo,hi]}, the Wilson interval at {@code succession.confidence}.
 * {@code count} is the exact number of scenarios with inconsistency at most K (an integer of any
 * size), listed or not; {@code listed} how many {@code scenarios} lists (the first in order);
 * {@code groups} the independent descriptor groups, each with its own count (the count is their
 * product).
 * {@code settings} echoes what produced the document: K, the intervention (held descriptors,
 * {@code {}} for none), the feasibility constraints ({@code []} for none), the succession rule of
 * the weights and the leverage scale (null when not computed). {@code quantities} gives every
 * indicator's value in the scenario, null where its variant has none (blank, never 0), and is
 * null without quantities; {@code indicators} lists them with their units. {@code
 * interventionChange}: the scenarios the intervention gains and loses against the free solution
 * set. {@code diverse}: the diverse selection in the order picked, each with its smallest Hamming
 * distance to the earlier picks (null for the first). {@code leverage}: every leverage cell, most
 * fragile first, with its value, its smallest changing change and what the solution set gains and
 * loses with it. With blocks (the bundled chain), every scenario also has
 * {@code "blockHypotheses":[..]} and the document {@code "blocks":[{"name":..,"number":n,"descriptors":[ids]}]}.
 * docs/METHOD.md §10.1 to §10.3 define each.
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
            of(f, out);
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
    private static void of(CibFindings f, Appendable out) {
        CibResult result = f.result();
        SuccessionResult succession = f.succession();
        ScenarioSpace space = result.space();
        JsonWriter w = new JsonWriter(out).beginObject();
        space(w, space);
        settings(w, f);
        w.name("count");
        w.value(result.count());
        w.name("listed").value(result.size());
        w.name("groups").beginArray();
        for (DescriptorGroup g : result.groups()) {
            w.beginObject().name("descriptors").beginArray();
            g.descriptors().forEach(w::value);
            w.endArray().name("scenarios");
            w.value(g.scenarios());
            w.name("count").value(g.count()).endObject();
        }
        w.endArray();
        Map<Scenario, Long> weights = succession == null ? Map.of() : succession.weights();
        boolean sampled = succession != null && succession.mode() == WeightMode.SAMPLED;
        Quantities q = f.quantities();
        Blocks blocks = f.blocks();
        w.name("scenarios").beginArray();
        for (CibScenario s : result.scenarios()) {
            w.beginObject().name("variants");
            variants(w, space, s.scenario());
            w.name("inconsistency").value(s.inconsistency()).name("consistencyValue")
                    .value(s.consistencyValue()).name("totalImpactScore").value(s.totalImpactScore()).name("weight");
            if (succession == null) {
                w.nullValue();
            } else {
                long weight = weights.getOrDefault(s.scenario(), 0L);
                w.value(weight);
                if (sampled) {
                    ShareInterval i = succession.interval(new Basin(new Attractor(List.of(s.scenario())), weight),
                            SuccessionResult.CONFIDENCE_DEFAULT);
                    w.name("share").value(i.share()).name("interval").beginArray().value(i.lower()).value(i.upper())
                            .endArray();
                }
            }
            w.name("quantities");
            if (q == null) {
                w.nullValue();
            } else {
                w.beginObject();
                q.valuesOf(s.scenario()).forEach((name, value) -> {
                    w.name(name);
                    if (value == null) {
                        w.nullValue();
                    } else {
                        w.value(value);
                    }
                });
                w.endObject();
            }
            if (blocks != null) {
                w.name("blockHypotheses").beginArray();
                blocks.profile(s.scenario()).forEach(w::value);
                w.endArray();
            }
            w.endObject();
        }
        w.endArray().name("succession");
        if (succession == null) {
            w.nullValue();
        } else {
            w.beginObject().name("mode").value(succession.mode().name().toLowerCase(java.util.Locale.ROOT))
                    .name("starts").value(succession.starts()).name("confidence");
            if (sampled) {
                w.value(SuccessionResult.CONFIDENCE_DEFAULT);
            } else {
                w.value((String) null);
            }
            w.endObject();
        }
        w.name("cycles");
        if (succession == null) {
            w.value((String) null);
        } else {
            w.beginArray();
            for (Basin b : succession.cycles()) {
                w.beginObject().name("scenarios").beginArray();
                for (Scenario c : b.attractor().scenarios()) {
                    variants(w, space, c);
                }
                w.endArray().name("weight").value(b.weight()).endObject();
            }
            w.endArray();
        }
        afterKernel(w, f);
        if (f.noise() != null) {
            noise(w, f.noise(), 0);
        }
        w.endObject().finish();
    }

    /**
     * {@code "settings":{"maxInconsistency":K,"intervention":{"D":"v",…},"constraints":["A:a1 implies B:b2",…],
     * "succession":"global"|"sequential"|"adjacent"|null,"leverageScale":S|null}}: what produced
     * the document (succession: the rule of the weights, null without weights).
     */
    private static void settings(JsonWriter w, CibFindings f) {
        Cib c = f.result().config();
        w.name("settings").beginObject().name("maxInconsistency").value(c.maxInconsistency());
        w.name("intervention").beginObject();
        c.intervention().forEach((d, v) -> w.name(d).value(v));
        w.endObject().name("constraints").beginArray();
        c.constraints().rules().forEach(r -> w.value(r.toString()));
        w.endArray().name("succession");
        if (f.succession() == null) {
            w.nullValue();
        } else {
            w.value(f.succession().config().rule().id());
        }
        w.name("leverageScale");
        if (f.leverage() == null) {
            w.nullValue();
        } else {
            w.value(f.leverage().scale());
        }
        w.endObject();
    }

    /**
     * The members after the kernel, each null when not asked for:
     * {@code "interventionChange":{"gained":[[ids]],"lost":[[ids]]}} (against the free solution set),
     * {@code "diverse":[{"variants":[ids],"minDistance":d|null}]} (in the order picked; the first
     * pick's distance null), {@code "indicators":[{"name":..,"unit":..,"descriptor":..}]},
     * {@code "leverage":[{"from":"A:a1","to":"B:b2","value":v,"change":k,"gained":[[ids]],"lost":[[ids]]}]}
     * (most fragile first), and with blocks
     * {@code "blocks":[{"name":..,"number":n,"descriptors":[ids]}]}.
     */
    private static void afterKernel(JsonWriter w, CibFindings f) {
        ScenarioSpace space = f.space();
        w.name("interventionChange");
        KernelChange change = f.interventionChange();
        if (change == null) {
            w.nullValue();
        } else {
            w.beginObject();
            change(w, space, change);
            w.endObject();
        }
        arrayOrNull(w, "diverse", f.diverse().isEmpty() ? null : f.diverse(), p -> {
            w.beginObject().name("variants");
            variants(w, space, p.scenario().scenario());
            w.name("minDistance");
            if (p.minDistance().isPresent()) {
                w.value(p.minDistance().getAsInt());
            } else {
                w.nullValue();
            }
            w.endObject();
        });
        Quantities q = f.quantities();
        arrayOrNull(w, "indicators", q == null ? null : q.indicators(), name -> w.beginObject().name("name")
                .value(name).name("unit").value(q.unit(name)).name("descriptor").value(q.descriptor(name)).endObject());
        LeverageResult lev = f.leverage();
        arrayOrNull(w, "leverage", lev == null ? null : lev.cells(), c -> {
            w.beginObject().name("from").value(space.label(c.from())).name("to").value(space.label(c.to()))
                    .name("value").value(c.value()).name("change").value(c.change());
            change(w, space, c.effect());
            w.endObject();
        });
        Blocks blocks = f.blocks();
        if (blocks != null) {
            w.name("blocks").beginArray();
            for (Blocks.Block b : blocks.blocks()) {
                w.beginObject().name("name").value(b.name()).name("number").value(b.number()).name("descriptors")
                        .beginArray();
                b.descriptors().forEach(d -> w.value(space.descriptor(d).id()));
                w.endArray().endObject();
            }
            w.endArray();
        }
    }

    /** A member holding an array of one element per item, or null when there are no items (not computed). */
    private static <T> void arrayOrNull(JsonWriter w, String name, List<T> items, java.util.function.Consumer<T> each) {
        w.name(name);
        if (items == null) {
            w.nullValue();
            return;
        }
        w.beginArray();
        items.forEach(each);
        w.endArray();
    }

    /** {@code "gained":[[ids]],"lost":[[ids]]}. */
    private static void change(JsonWriter w, ScenarioSpace space, KernelChange c) {
        w.name("gained").beginArray();
        c.gained().forEach(z -> variants(w, space, z));
        w.endArray().name("lost").beginArray();
        c.lost().forEach(z -> variants(w, space, z));
        w.endArray();
    }

    /**
     * The "noise" member; with {@code members} > 0 (noise over an ensemble) each scenario also has
     * "byMember":[p1,…], its probability in each member's draws.
     */
    private static void noise(JsonWriter w, ShareResult<JudgementNoise> noise, int members) {
        JudgementNoise c = noise.config();
        w.name("noise").beginObject().name("standardDeviation").value(c.standardDeviation()).name("draws")
                .value(c.draws().count()).name("seed").value(c.draws().seed()).name("zerosKept").value(c.zerosKept())
                .name("maxInconsistency").value(c.cib().maxInconsistency());
        w.name("scenarios").beginArray();
        for (ScenarioShare s : noise.scenarios()) {
            w.beginObject().name("variants");
            variants(w, noise.space(), s.scenario());
            w.name("count").value(s.count()).name("share").value(s.share());
            if (members > 0) {
                w.name("byMember").beginArray();
                for (int count : s.countsPerBlock((int) c.draws().count(), members)) {
                    w.value(count / (double) c.draws().count());
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
