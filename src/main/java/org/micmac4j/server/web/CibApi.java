package org.micmac4j.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.server.analysis.CibSynthesis;
import org.micmac4j.server.analysis.LibraryAdapter;
import org.micmac4j.server.analysis.SynthesisOptions;
import org.micmac4j.server.store.Rows.CibDisputedRow;
import org.micmac4j.server.store.Rows.DescriptorRow;
import org.micmac4j.server.store.Rows.ExpertRow;
import org.micmac4j.server.store.Rows.VariantRow;
import org.micmac4j.server.study.CibAlerts;
import org.micmac4j.server.study.CibState;
import org.micmac4j.server.study.CrossImpacts;
import org.micmac4j.server.study.Studies;
import org.micmac4j.server.study.StudyState;
import org.micmac4j.server.study.WorkspaceException;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/** The cross-impact (CIB) part of the JSON API (docs/SERVER.md). */
final class CibApi {
    /** Most disputed judgements shown in a round, as for the grids. */
    static final int DISPUTED_MAX = SynthesisOptions.DEFAULTS.disputed();

    private final Api api;
    private final Studies studies;
    private final CrossImpacts cib;
    private final Auth auth;

    CibApi(Api api, Studies studies, Auth auth) {
        this.api = api;
        this.studies = studies;
        this.cib = studies.crossImpacts();
        this.auth = auth;
    }

    void register(JavalinDefaultRoutingApi r) {
        r.post("/api/studies/{id}/cib", this::set);
        r.put("/api/studies/{id}/cib", this::edit);
        r.get("/api/studies/{id}/cib", this::get);
        r.post("/api/studies/{id}/cib/rounds", this::nextRound);
        r.get("/api/expert/{secret}/cib", this::expertGet);
        r.put("/api/expert/{secret}/cib/{from}/{fromVariant}/{to}/{toVariant}", this::expertSave);
    }

    // ------------------------------------------------------------------ facilitator

    private static List<DescriptorRow> descriptors(ObjectNode body) {
        List<DescriptorRow> descriptors = new ArrayList<>();
        List<ObjectNode> list = Json.objects(body, "descriptors");
        for (int d = 0; d < list.size(); d++) {
            String w = "descriptors[" + d + "].";
            List<VariantRow> variants = new ArrayList<>();
            List<ObjectNode> vs = Json.objects(list.get(d), "variants");
            for (int v = 0; v < vs.size(); v++) {
                String wv = w + "variants[" + v + "].";
                variants.add(new VariantRow(Api.field(vs.get(v), wv, "id", true), Api.field(vs.get(v), wv, "name",
                        false)));
            }
            descriptors.add(new DescriptorRow(Api.field(list.get(d), w, "id", true), Api.field(list.get(d), w, "name",
                    false), variants));
        }
        return descriptors;
    }

    private void set(Context ctx) {
        StudyState s = api.study(ctx);
        ObjectNode body = Json.object(ctx);
        List<DescriptorRow> descriptors;
        if (body.has("fromKeyVariables")) {
            int max = (int) Json.integer(body, "fromKeyVariables", 6, 2, CrossImpacts.DESCRIPTORS_MAX);
            descriptors = LibraryAdapter.keyDescriptors(api.synthesis(s, s.round(), SynthesisOptions.DEFAULTS), max);
        } else {
            descriptors = descriptors(body);
        }
        cib.set(s, descriptors);
        Json.send(ctx, 201, Map.of("descriptors", cib.state(s).descriptors()));
    }

    /**
     * {"descriptors":[{"id","name","was"?,"variants":[{"id","name","was"?}]}], "putAside"?}: a
     * descriptor's or variant's {@code was} is its id before a rename.
     */
    private void edit(Context ctx) {
        StudyState s = api.study(ctx);
        ObjectNode body = Json.object(ctx);
        List<String[]> former = new ArrayList<>();
        List<ObjectNode> list = Json.objects(body, "descriptors");
        CibState current = cib.state(s);
        for (int d = 0; d < list.size(); d++) {
            String w = "descriptors[" + d + "].";
            String id = Api.field(list.get(d), w, "id", true);
            String was = Api.field(list.get(d), w, "was", false);
            List<ObjectNode> vs = Json.objects(list.get(d), "variants");
            for (int v = 0; v < vs.size(); v++) {
                String vWas = Api.field(vs.get(v), w + "variants[" + v + "].", "was", false);
                String vid = Api.field(vs.get(v), w + "variants[" + v + "].", "id", true);
                // in a renamed descriptor, a variant without "was" that it did not have is a new one
                boolean renamedHere = was != null && current.descriptors().stream().anyMatch(x -> x.id().equals(was));
                boolean added = vWas == null && (was == null || renamedHere && current.flat(was, vid) < 0);
                former.add(added ? null : new String[] {was == null ? id : was, vWas == null ? vid : vWas});
            }
        }
        boolean putAside = body.has("putAside") && body.get("putAside").asBoolean(false);
        if (body.has("putAside") && !body.get("putAside").isBoolean()) {
            throw WorkspaceException.badRequest("putAside: true or false");
        }
        CrossImpacts.Edited e = cib.edit(s, descriptors(body), former, putAside);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("descriptors", cib.state(s).descriptors());
        m.put("putAside", e.putAside());
        m.put("restored", e.restored());
        Json.send(ctx, 200, m);
    }

    private void get(Context ctx) {
        StudyState s = api.study(ctx);
        CibState c = cib.state(s);
        int round = Api.round(ctx, c.round());
        long v = s.version();
        Map<String, Object> m = s.cached("cib:" + v + ":" + round, () -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("descriptors", c.descriptors());
            out.put("version", v);
            out.put("round", c.round());
            out.put("putAside", cib.putAside(s));
            if (!c.descriptors().isEmpty()) {
                out.put("shownRound", round);
                out.put("disputedThisRound", disputedJson(c, cib.disputed(s, c.round())));
                out.put("ensemble", ensemble(s, round, 20));
            }
            return out;
        });
        Json.send(ctx, 200, m);
    }

    private void nextRound(Context ctx) {
        StudyState s = api.study(ctx);
        ObjectNode body = Json.object(ctx);
        int closing = (int) Json.integer(body, "close", cib.state(s).round(), 1, Integer.MAX_VALUE);
        int next = cib.nextRound(s, closing, (descriptors, grids) -> CibSynthesis.disputed(descriptors, grids,
                DISPUTED_MAX));
        Json.send(ctx, 201, Map.of("round", next, "disputed", disputedJson(cib.state(s), cib.disputed(s, next))));
    }

    static List<Map<String, Object>> disputedJson(CibState c, List<CibDisputedRow> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CibDisputedRow d : rows) {
            String[] a = c.ids(d.row());
            String[] b = c.ids(d.col());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", a[0]);
            m.put("fromVariant", a[1]);
            m.put("to", b[0]);
            m.put("toVariant", b[1]);
            m.put("counts", d.counts());
            out.add(m);
        }
        return out;
    }

    /** The ensemble of a CIB round's judgements (the most shared {@code limit} scenarios, 0: all). */
    private Map<String, Object> ensemble(StudyState s, int round, int limit) {
        List<ExpertRow> experts = s.experts();
        return CibSynthesis.ensemble(cib.state(s).descriptors(), experts.stream().map(ExpertRow::name).toList(),
                cib.judgements(s, round, experts.stream().map(ExpertRow::id).toList()), limit);
    }

    /**
     * @param s a study
     * @return the findings of the open CIB round's ensemble for the library's report, or null
     *     without descriptors or judgements
     */
    org.micmac4j.report.cib.CibFindings findings(StudyState s) {
        CibState c = cib.state(s);
        if (c.descriptors().isEmpty()) {
            return null;
        }
        List<ExpertRow> experts = s.experts();
        return CibSynthesis.findings(c.descriptors(), experts.stream().map(ExpertRow::name).toList(),
                c.snapshot(experts.stream().map(ExpertRow::id).toList()));
    }

    /**
     * @param s a study
     * @return the report folder of the open CIB round's ensemble (empty when nobody judged)
     */
    Map<String, String> report(StudyState s) {
        CibState c = cib.state(s);
        if (c.descriptors().isEmpty()) {
            return Map.of();
        }
        List<ExpertRow> experts = s.experts();
        return CibSynthesis.report(s.title() + " · cross-impacts, round " + c.round(), c.descriptors(),
                experts.stream().map(ExpertRow::name).toList(),
                        c.snapshot(experts.stream().map(ExpertRow::id).toList()));
    }

    // ------------------------------------------------------------------ experts

    private void expertGet(Context ctx) {
        ExpertRow e = auth.requireExpert(ctx);
        StudyState s = studies.state(e.studyId());
        CibState c = cib.state(s);
        Integer[] g = c.snapshot(List.of(e.id())).get(0);
        List<Map<String, Object>> cells = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            for (int j = 0; j < c.size(); j++) {
                Integer v = g[i * c.size() + j];
                if (v != null) {
                    String[] a = c.ids(i);
                    String[] b = c.ids(j);
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("from", a[0]);
                    x.put("fromVariant", a[1]);
                    x.put("to", b[0]);
                    x.put("toVariant", b[1]);
                    x.put("value", v);
                    cells.add(x);
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("descriptors", c.descriptors());
        m.put("round", c.round());
        m.put("cells", cells);
        m.put("disputed", disputedJson(c, cib.disputed(s, c.round())));
        m.put("alerts", alertsJson(c, g));
        Json.send(ctx, 200, m);
    }

    /**
     * An expert's alerts ({@link CibAlerts}): {"id","kind","from","fromVariant","to","toVariants"};
     * the id is what the page remembers when the expert says a judgement is meant.
     */
    static List<Map<String, Object>> alertsJson(CibState c, Integer[] grid) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CibAlerts.Alert a : CibAlerts.of(c.descriptors(), grid)) {
            String[] from = c.ids(a.row());
            String to = c.descriptors().get(a.descriptor()).id();
            String kind = switch (a.kind()) {
                case ALL_PROMOTED -> "allPromoted";
                case ALL_RESTRAINED -> "allRestrained";
                case EXCLUSIVE_PROMOTED -> "exclusivePromoted";
            };
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", String.join("|", "cib", kind, from[0], from[1], to));
            m.put("kind", kind);
            m.put("from", from[0]);
            m.put("fromVariant", from[1]);
            m.put("to", to);
            m.put("toVariants", a.variants().stream().map(v -> c.ids(v)[1]).toList());
            out.add(m);
        }
        return out;
    }

    private void expertSave(Context ctx) {
        ExpertRow e = auth.requireExpert(ctx);
        ObjectNode body = Json.object(ctx);
        if (!body.has("value")) {
            throw WorkspaceException.badRequest("value: required (-3..3, or null for no judgement)");
        }
        Integer value = null;
        if (!body.get("value").isNull()) {
            if (!body.get("value").canConvertToExactIntegral() || !body.get("value").isNumber()) {
                throw WorkspaceException.badRequest("value: a whole number from -3 to 3, or null");
            }
            long v = body.get("value").asLong();
            if (v < -3 || v > 3) {
                throw WorkspaceException.badRequest("value: a whole number from -3 to 3, or null; got " + v);
            }
            value = (int) v;
        }
        cib.save(e, ctx.pathParam("from"), ctx.pathParam("fromVariant"), ctx.pathParam("to"),
                ctx.pathParam("toVariant"), value);
        CibState c = cib.state(studies.state(e.studyId()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", value);
        m.put("round", c.round());
        m.put("alerts", alertsJson(c, c.snapshot(List.of(e.id())).get(0)));
        Json.send(ctx, 200, m);
    }
}
