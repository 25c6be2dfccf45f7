package org.micmac4j.server.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.server.analysis.LibraryAdapter;
import org.micmac4j.server.analysis.StudyFiles;
import org.micmac4j.server.analysis.SynthesisOptions;
import org.micmac4j.server.store.Rows.AuditRow;
import org.micmac4j.server.store.Rows.CellRow;
import org.micmac4j.server.store.Rows.DisputedRow;
import org.micmac4j.server.store.Rows.ExpertRow;
import org.micmac4j.server.store.Rows.StudyRow;
import org.micmac4j.server.store.Rows.VariableRow;
import org.micmac4j.server.store.Store;
import org.micmac4j.server.study.CibImport;
import org.micmac4j.server.study.CibState;
import org.micmac4j.server.study.Grids;
import org.micmac4j.server.study.Studies;
import org.micmac4j.server.study.StudyState;
import org.micmac4j.server.study.WorkspaceException;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/** The JSON API (docs/SERVER.md); the pages use it too. */
final class Api {
    private final Studies studies;
    private final Auth auth;
    private final Links links;
    private final MonteCarloJobs monteCarlo;
    private final CibApi cib;

    Api(Studies studies, Auth auth, Links links, MonteCarloJobs monteCarlo) {
        this.studies = studies;
        this.auth = auth;
        this.links = links;
        this.monteCarlo = monteCarlo;
        this.cib = new CibApi(this, studies, auth);
    }

    void register(JavalinDefaultRoutingApi r) {
        r.post("/api/studies", this::createStudy);
        r.get("/api/studies", this::listStudies);
        r.post("/api/studies/example", this::createExample);
        r.post("/api/studies/import", this::importStudy);
        r.post("/api/variables/preview", this::previewVariables);
        r.get("/api/studies/{id}", this::getStudy);
        r.get("/api/studies/{id}/version", this::version);
        r.post("/api/studies/{id}/experts", this::invite);
        r.delete("/api/studies/{id}/experts/{expert}", this::revoke);
        r.get("/api/studies/{id}/synthesis", this::synthesis);
        r.get("/api/studies/{id}/dashboard", this::dashboard);
        r.get("/api/studies/{id}/plane.svg", this::plane);
        r.post("/api/studies/{id}/rounds", this::nextRound);
        r.post("/api/studies/{id}/montecarlo", this::startMonteCarlo);
        r.get("/api/studies/{id}/montecarlo", this::monteCarloStatus);
        r.get("/api/studies/{id}/audit", this::audit);
        r.get("/api/studies/{id}/export.zip", this::exportZip);
        r.get("/api/studies/{id}/export.xlsx", this::exportXlsx);
        r.get("/api/studies/{id}/report.zip", this::reportZip);
        r.get("/api/studies/{id}/export.json", this::exportJson);
        r.get("/api/expert/{secret}", this::expertView);
        r.get("/api/expert/{secret}/cells", this::expertCells);
        r.put("/api/expert/{secret}/cells/{from}/{to}", this::saveCell);
        cib.register(r);
    }

    // ------------------------------------------------------------------ facilitator

    StudyState study(Context ctx) {
        auth.requireFacilitator(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw WorkspaceException.notFound("study " + ctx.pathParam("id") + ": no such study");
        }
        return studies.state(id);
    }

    private void createStudy(Context ctx) {
        auth.requireFacilitator(ctx);
        ObjectNode body = Json.object(ctx);
        String title = Json.string(body, "title", true);
        String scale = Json.string(body, "scale", false);
        if (scale != null && !scale.equals(Studies.SCALE) && !scale.equals("0-3P")) {
            throw WorkspaceException.badRequest("scale: only \"classic\" (0..3 and P) is offered");
        }
        List<VariableRow> vars = new ArrayList<>();
        List<ObjectNode> list = Json.objects(body, "variables");
        for (int i = 0; i < list.size(); i++) {
            ObjectNode v = list.get(i);
            String w = "variables[" + i + "].";
            vars.add(new VariableRow(field(v, w, "id", true), field(v, w, "name", false), field(v, w, "group", false),
                    field(v, w, "description", false)));
        }
        StudyState s = studies.create(title, vars);
        Json.send(ctx, 201, Map.of("id", s.id()));
    }

    static String field(ObjectNode v, String where, String name, boolean required) {
        try {
            return Json.string(v, name, required);
        } catch (WorkspaceException e) {
            throw WorkspaceException.badRequest(where + e.getMessage());
        }
    }

    private void createExample(Context ctx) {
        auth.requireFacilitator(ctx);
        boolean french = !"en".equals(ctx.queryParam("lang"));
        StudyState s = studies.create(french ? "Industrie des Hauts-de-France à l'horizon 2040"
                : "Hauts-de-France industry 2040", StudyFiles.exampleVariables(french));
        Json.send(ctx, 201, Map.of("id", s.id()));
    }

    private void importStudy(Context ctx) {
        auth.requireFacilitator(ctx);
        StudyFiles.Imported in = StudyFiles.readPanelZip(Bodies.upload(ctx));
        CibImport.Restorable cibPart = CibImport.check(in.cib(),
                in.grids().experts().stream().map(Grids.ExpertGrid::name).toList(), "export.zip: study.json: cib");
        StudyState s = studies.create(in.title(), in.grids().variables());
        List<VariableRow> vars = s.variables();
        int n = vars.size();
        List<ExpertRow> invited = new ArrayList<>();
        for (Grids.ExpertGrid g : in.grids().experts()) {
            ExpertRow e = studies.invite(s, g.name()).expert();
            invited.add(e);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    int c = i * n + j;
                    if (g.values()[c] != null || g.rationales()[c] != null) {
                        studies.save(e, vars.get(i).id(), vars.get(j).id(), g.values()[c],
                                g.rationales()[c] == null ? null : g.rationales()[c]);
                    }
                }
            }
        }
        studies.crossImpacts().restore(s, cibPart, invited);
        Json.send(ctx, 201, Map.of("id", s.id()));
    }

    private void previewVariables(Context ctx) {
        auth.requireFacilitator(ctx);
        String name = ctx.queryParam("filename");
        List<VariableRow> vars = StudyFiles.readVariables(Bodies.upload(ctx), name);
        Json.send(ctx, 200, Map.of("variables", vars));
    }

    private void listStudies(Context ctx) {
        auth.requireFacilitator(ctx);
        List<Map<String, Object>> out = new ArrayList<>();
        for (StudyRow s : studies.list()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("title", s.title());
            m.put("round", s.currentRound());
            m.put("createdAt", s.createdAt().toString());
            out.add(m);
        }
        Json.send(ctx, 200, Map.of("studies", out));
    }

    private void getStudy(Context ctx) {
        StudyState s = study(ctx);
        Json.send(ctx, 200, studyJson(s, true));
    }

    private Map<String, Object> studyJson(StudyState s, boolean withExperts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("scale", s.scale());
        m.put("round", s.round());
        m.put("variables", s.variables());
        if (withExperts) {
            CibState c = studies.crossImpacts().state(s);
            List<Map<String, Object>> ex = new ArrayList<>();
            for (ExpertRow e : s.experts()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("id", e.id());
                x.put("name", e.name());
                x.put("opinions", s.opinions(e.id()));
                x.put("cells", s.cellCount());
                x.put("revoked", !e.active());
                if (!c.descriptors().isEmpty()) {
                    x.put("cibJudgements", c.judged(e.id()));
                    x.put("cibCells", c.cellCount());
                }
                ex.add(x);
            }
            m.put("experts", ex);
        }
        return m;
    }

    private void version(Context ctx) {
        StudyState s = study(ctx);
        Json.send(ctx, 200, Map.of("version", s.version(), "round", s.round()));
    }

    private void invite(Context ctx) {
        StudyState s = study(ctx);
        ObjectNode body = Json.object(ctx);
        Store.Invitation inv = studies.invite(s, Json.string(body, "name", true));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", inv.expert().id());
        m.put("name", inv.expert().name());
        m.put("link", links.expertLink(ctx, inv.secret()));
        Json.send(ctx, 201, m);
    }

    private void revoke(Context ctx) {
        StudyState s = study(ctx);
        long expert;
        try {
            expert = Long.parseLong(ctx.pathParam("expert"));
        } catch (NumberFormatException e) {
            throw WorkspaceException.notFound("expert " + ctx.pathParam("expert") + ": no such expert");
        }
        studies.revoke(s, expert);
        Json.send(ctx, 200, Map.of("id", expert, "revoked", true));
    }

    static Map<String, String> query(Context ctx) {
        Map<String, String> q = new HashMap<>();
        ctx.queryParamMap().forEach((k, v) -> q.put(k, v.isEmpty() ? "" : v.get(0)));
        return q;
    }

    private static int round(Context ctx, StudyState s) {
        return round(ctx, s.round());
    }

    /** The query's {@code round}, or the open one. */
    static int round(Context ctx, int open) {
        String r = ctx.queryParam("round");
        if (r == null) {
            return open;
        }
        try {
            return Integer.parseInt(r);
        } catch (NumberFormatException e) {
            throw WorkspaceException.badRequest("round: not a whole number: " + r);
        }
    }

    /** The synthesis of a round with options, cached by the study's version. */
    LibraryAdapter.Synthesis synthesis(StudyState s, int round, SynthesisOptions o) {
        long v = s.version();
        return s.cached("synthesis:" + v + ":" + round + ":" + o, () -> LibraryAdapter.synthesize(studies.grids(s,
                round), o));
    }

    private void synthesis(Context ctx) {
        StudyState s = study(ctx);
        SynthesisOptions o = SynthesisOptions.parse(query(ctx));
        int round = round(ctx, s);
        long v = s.version();
        String json = s.cached("synthesis-json:" + v + ":" + round + ":" + o, () -> LibraryAdapter.json(synthesis(s,
                round, o)));
        Json.sendRaw(ctx, json);
    }

    private void dashboard(Context ctx) {
        StudyState s = study(ctx);
        SynthesisOptions o = SynthesisOptions.parse(query(ctx));
        long v = s.version();
        Map<String, Object> m = s.cached("dashboard:" + v + ":" + o, () -> {
            Map<String, Object> d = studyJson(s, true);
            d.put("version", v);
            LibraryAdapter.Synthesis syn = null;
            try {
                syn = synthesis(s, s.round(), o);
            } catch (WorkspaceException e) {
                // No opinion yet: the dashboard shows the experts and waits.
            }
            d.put("synthesis", syn == null ? null : LibraryAdapter.dashboard(syn));
            d.put("disputedThisRound", disputedJson(s, studies.disputed(s, s.round())));
            return d;
        });
        Json.send(ctx, 200, m);
    }

    private static List<Map<String, Object>> disputedJson(StudyState s, List<DisputedRow> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (DisputedRow d : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", s.variables().get(d.from()).id());
            m.put("to", s.variables().get(d.to()).id());
            m.put("counts", d.counts());
            out.add(m);
        }
        return out;
    }

    private void plane(Context ctx) {
        StudyState s = study(ctx);
        String view = ctx.queryParam("view") == null ? "indirect" : ctx.queryParam("view");
        SynthesisOptions o = SynthesisOptions.parse(query(ctx));
        long v = s.version();
        String svg = s.cached("plane:" + v + ":" + view + ":" + o, () -> LibraryAdapter.planeSvg(synthesis(s, s.round(),
                o), view));
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        ctx.status(200).contentType("image/svg+xml; charset=utf-8").result(svg);
    }

    private void nextRound(Context ctx) {
        StudyState s = study(ctx);
        ObjectNode body = Json.object(ctx);
        int closing = (int) Json.integer(body, "close", s.round(), 1, Integer.MAX_VALUE);
        int next = studies.nextRound(s, closing, LibraryAdapter::disputedForNextRound);
        Json.send(ctx, 201, Map.of("round", next, "disputed", disputedJson(s, studies.disputed(s, next))));
    }

    private void startMonteCarlo(Context ctx) {
        StudyState s = study(ctx);
        ObjectNode body = Json.object(ctx);
        int draws = (int) Json.integer(body, "draws", 1000, 1, MonteCarloJobs.DRAWS_MAX);
        long seed = Json.integer(body, "seed", LibraryAdapter.SEED_DEFAULT, Long.MIN_VALUE, Long.MAX_VALUE);
        SynthesisOptions o = SynthesisOptions.parse(query(ctx));
        LibraryAdapter.Synthesis syn = synthesis(s, s.round(), o);
        Json.send(ctx, 202, monteCarlo.start(s.id(), syn, o, draws, seed, s.version()));
    }

    private void monteCarloStatus(Context ctx) {
        StudyState s = study(ctx);
        Json.send(ctx, 200, monteCarlo.status(s.id()));
    }

    private void audit(Context ctx) {
        StudyState s = study(ctx);
        long after;
        try {
            after = ctx.queryParam("after") == null ? 0 : Long.parseLong(ctx.queryParam("after"));
        } catch (NumberFormatException e) {
            throw WorkspaceException.badRequest("after: not a whole number");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (AuditRow a : studies.store().audit(s.id(), after, 10_000)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("round", a.round());
            m.put("actor", a.actor());
            m.put("at", a.at().toString());
            m.put("what", a.what());
            String[] cell = a.cell() == null ? null : a.cell().split(">", 2);
            boolean cibRow = "cib".equals(a.what());
            m.put("from", a.from() == null ? null : cell != null ? cell[0] : cibRow
                    ? studies.crossImpacts().state(s).label(a.from())
                    : s.variables().get(a.from()).id());
            m.put("to", a.to() == null ? null : cell != null ? cell[1] : cibRow
                    ? studies.crossImpacts().state(s).label(a.to())
                    : s.variables().get(a.to()).id());
            m.put("old", a.oldValue());
            m.put("new", a.newValue());
            out.add(m);
        }
        Json.send(ctx, 200, Map.of("audit", out));
    }

    private static void download(Context ctx, String type, String fileName, byte[] bytes) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.status(200).contentType(type).result(bytes);
    }

    private void exportZip(Context ctx) {
        StudyState s = study(ctx);
        int round = round(ctx, s);
        download(ctx, "application/zip", "study-" + s.id() + "-panel.zip", StudyFiles.panelZip(s.title(), round,
                studies.grids(s, round),
                studies.crossImpacts().history(s)));
    }

    private void exportXlsx(Context ctx) {
        StudyState s = study(ctx);
        int round = round(ctx, s);
        download(ctx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "study-" + s.id() + ".xlsx",
                StudyFiles.workbook(studies.grids(s, round), studies.crossImpacts().history(s), cib.findings(s)));
    }

    private void reportZip(Context ctx) {
        StudyState s = study(ctx);
        int round = round(ctx, s);
        SynthesisOptions o = SynthesisOptions.parse(query(ctx));
        download(ctx, "application/zip", "study-" + s.id() + "-report.zip", StudyFiles.reportZip(synthesis(s, round, o),
                s.title(),
                cib.report(s)));
    }

    private void exportJson(Context ctx) {
        StudyState s = study(ctx);
        int round = round(ctx, s);
        Grids g = studies.grids(s, round);
        Map<String, Object> m = studyJson(s, true);
        List<Map<String, Object>> cells = new ArrayList<>();
        int n = g.size();
        for (Grids.ExpertGrid e : g.experts()) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    int c = i * n + j;
                    if (e.values()[c] != null || e.rationales()[c] != null) {
                        Map<String, Object> x = new LinkedHashMap<>();
                        x.put("expert", e.name());
                        x.put("from", g.variables().get(i).id());
                        x.put("to", g.variables().get(j).id());
                        x.put("value", e.values()[c]);
                        x.put("rationale", e.rationales()[c]);
                        cells.add(x);
                    }
                }
            }
        }
        m.put("exportedRound", round);
        m.put("cells", cells);
        ctx.header("Content-Disposition", "attachment; filename=\"study-" + s.id() + ".json\"");
        Json.send(ctx, 200, m);
    }

    // ------------------------------------------------------------------ experts

    private void expertView(Context ctx) {
        ExpertRow e = auth.requireExpert(ctx);
        StudyState s = studies.state(e.studyId());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("study", Map.of("title", s.title(), "round", s.round(), "scale", s.scale()));
        m.put("expert", e.name());
        m.put("variables", s.variables());
        m.put("cells", cellsJson(s, e, true));
        m.put("disputed", disputedJson(s, studies.disputed(s, s.round())));
        Json.send(ctx, 200, m);
    }

    private List<Map<String, Object>> cellsJson(StudyState s, ExpertRow e, boolean withRationale) {
        Grids.ExpertGrid g = s.grid(e);
        int n = s.variables().size();
        List<Map<String, Object>> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int c = i * n + j;
                if (g.values()[c] != null || withRationale && g.rationales()[c] != null) {
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("from", s.variables().get(i).id());
                    x.put("to", s.variables().get(j).id());
                    x.put("value", g.values()[c]);
                    if (withRationale) {
                        x.put("rationale", g.rationales()[c]);
                    }
                    cells.add(x);
                }
            }
        }
        return cells;
    }

    private void expertCells(Context ctx) {
        ExpertRow e = auth.requireExpert(ctx);
        StudyState s = studies.state(e.studyId());
        Json.send(ctx, 200, Map.of("round", s.round(), "cells", cellsJson(s, e, true)));
    }

    private void saveCell(Context ctx) {
        ExpertRow e = auth.requireExpert(ctx);
        ObjectNode body = Json.object(ctx);
        if (!body.has("value")) {
            throw WorkspaceException.badRequest("value: required (\"0\"..\"3\", \"P\", or null for no opinion)");
        }
        String value = Json.string(body, "value", false);
        String rationale = Json.string(body, "rationale", false);
        CellRow c = studies.save(e, ctx.pathParam("from"), ctx.pathParam("to"), value, rationale);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", ctx.pathParam("from"));
        m.put("to", ctx.pathParam("to"));
        m.put("value", c.value());
        m.put("rationale", c.rationale());
        m.put("round", c.round());
        Json.send(ctx, 200, m);
    }
}
