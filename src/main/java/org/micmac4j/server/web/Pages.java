package org.micmac4j.server.web;

import java.util.Map;

import org.micmac4j.server.store.Rows.ExpertRow;
import org.micmac4j.server.store.Rows.SessionRow;
import org.micmac4j.server.study.Studies;
import org.micmac4j.server.study.StudyState;
import org.micmac4j.server.study.WorkspaceException;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/**
 * The pages, rendered by the jte templates of src/main/jte (compiled at build time; every
 * {@code ${...}} escaped for HTML). The pages hold no data of the study beyond its title: their
 * scripts fetch the rest from the JSON API and insert it as text.
 */
final class Pages {
    /** The compiled templates' package (jte-maven-plugin's packageName in the pom). */
    static final String TEMPLATES = "org.micmac4j.server.pages";
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Pages.class.getClassLoader(), TEMPLATES);

    private final Studies studies;
    private final Auth auth;

    Pages(Studies studies, Auth auth) {
        this.studies = studies;
        this.auth = auth;
    }

    void register(JavalinDefaultRoutingApi r) {
        r.get("/", this::home);
        r.get("/studies/{id}", this::dashboard);
        r.get("/e/{secret}", this::expert);
        r.get("/lang/{lang}", this::language);
        r.post("/login", this::login);
        r.post("/logout", this::logout);
    }

    static PageModel model(Context ctx, String csrf, String script, String title) {
        String lang = I18n.language(ctx);
        return new PageModel(lang, I18n.messages(lang), csrf, script, title, ctx.path());
    }

    static void render(Context ctx, int status, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, params, out);
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }

    private void home(Context ctx) {
        auth.checkRate(ctx);
        java.util.Optional<SessionRow> s = auth.session(ctx);
        if (s.isEmpty()) {
            PageModel m = model(ctx, "", "facilitator.js", "");
            render(ctx, 200, "login.jte", Map.of("page", m));
            return;
        }
        PageModel m = model(ctx, s.get().csrf(), "facilitator.js", "");
        render(ctx, 200, "home.jte", Map.of("page", m, "studies", studies.list()));
    }

    private void dashboard(Context ctx) {
        auth.checkRate(ctx);
        java.util.Optional<SessionRow> s = auth.session(ctx);
        if (s.isEmpty()) {
            ctx.redirect("/");
            return;
        }
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw WorkspaceException.notFound("study " + ctx.pathParam("id") + ": no such study");
        }
        StudyState st = studies.state(id);
        PageModel m = model(ctx, s.get().csrf(), "facilitator.js", st.title());
        render(ctx, 200, "dashboard.jte", Map.of("page", m, "study", st));
    }

    private void expert(Context ctx) {
        ExpertRow e = auth.requireExpert(ctx);
        StudyState st = studies.state(e.studyId());
        PageModel m = model(ctx, "", "expert.js", st.title());
        render(ctx, 200, "expert.jte", Map.of("page", m, "study", st, "expert", e));
    }

    private void language(Context ctx) {
        String lang = ctx.pathParam("lang");
        if (!lang.equals("en") && !lang.equals("fr")) {
            throw WorkspaceException.notFound("language " + lang + ": en or fr");
        }
        auth.setCookie(ctx, I18n.COOKIE, lang, 365L * 24 * 3600);
        String to = ctx.queryParam("to");
        // Only a path of this site: no open redirect.
        boolean local = to != null && to.startsWith("/") && !to.startsWith("//") && !to.contains("\\")
                && to.chars().noneMatch(Character::isISOControl);
        ctx.redirect(local ? to : "/");
    }

    private void login(Context ctx) {
        com.fasterxml.jackson.databind.node.ObjectNode body = Json.object(ctx);
        auth.login(ctx, Json.string(body, "token", true));
        Json.send(ctx, 200, Map.of("ok", true));
    }

    private void logout(Context ctx) {
        auth.requireFacilitator(ctx);
        auth.logout(ctx);
        Json.send(ctx, 200, Map.of("ok", true));
    }

    /** An error page for a browser (the message escaped by the template). */
    static void error(Context ctx, int status, String message) {
        PageModel m = model(ctx, "", "app.js", "");
        render(ctx, status, "error.jte", Map.of("page", m, "status", status, "message", message));
    }
}
