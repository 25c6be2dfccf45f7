package org.micmac4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Each security point of the workspace, with a test that fails without it: loopback by default,
 * secrets stored only hashed, expert isolation, revocation, CSRF and Origin checks, cookie flags,
 * the Content-Security-Policy and no inline script or style, escaping, the rate limit, upload and
 * body limits, and errors without stack traces.
 */
class SecurityTest {
    static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void bindsToLoopbackOnlyByDefault() throws Exception {
        assertEquals("127.0.0.1", Workspace.Options.defaults().host());
        try (Servers.Running s = Servers.start(Servers.Db.H2)) {
            assertTrue(s.url().startsWith("http://127.0.0.1:"), s.url());
            InetAddress other = null;
            for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                        other = a;
                    }
                }
            }
            if (other != null) {
                boolean connected;
                try (Socket sock = new Socket()) {
                    sock.connect(new InetSocketAddress(other, s.workspace().port()), 2000);
                    connected = true;
                } catch (IOException e) {
                    connected = false;
                }
                assertFalse(connected, "the server answers on " + other + ", not only on loopback");
            }
        }
    }

    @Test
    void theTokenAndTheLinksAreStoredOnlyAsTheirHashes() throws Exception {
        Servers.Running s = Servers.start(Servers.Db.H2);
        String secret;
        try {
            Http h = s.http();
            long id = h.createStudy("Hashes", ApiTest.variables());
            secret = h.invite(id, "alice");
            assertEquals(200, h.put(secret, "A", "D", "2").status());
            s.workspace().close();
            byte[] file = Files.readAllBytes(s.dataDir().resolve("micmac.mv.db"));
            assertFalse(contains(file, s.token().getBytes(StandardCharsets.US_ASCII)),
                    "the token is in the database file");
            assertFalse(contains(file, secret.getBytes(StandardCharsets.US_ASCII)),
                    "an expert's secret is in the database file");
            assertTrue(contains(file, sha256(s.token()).getBytes(StandardCharsets.US_ASCII)),
                    "the token's hash is stored");
            assertTrue(contains(file, sha256(secret).getBytes(StandardCharsets.US_ASCII)),
                    "the secret's hash is stored");
        } finally {
            Servers.delete(s.dataDir());
        }
    }

    @Test
    void aNewTokenReplacesTheOldOne() throws Exception {
        Path dir = Files.createTempDirectory("micmac-h2-");
        try {
            String first;
            try (Workspace w = Workspace.start(Workspace.Options.defaults().withPort(0).withDataDir(dir))) {
                first = w.newToken().orElseThrow();
                assertTrue(w.startLine().endsWith(" facilitator token " + first));
            }
            try (Workspace w = Workspace.start(Workspace.Options.defaults().withPort(0).withDataDir(dir))) {
                assertTrue(w.newToken().isEmpty(), "the token is printed only at first start");
                assertEquals("micmac serve: " + w.url(), w.startLine());
                assertEquals(200, new Http(w.url(), first).facilitator("GET", "api/studies", null).status());
            }
            try (Workspace w = Workspace.start(
                    Workspace.Options.defaults().withPort(0).withDataDir(dir).withNewToken(true))) {
                String second = w.newToken().orElseThrow();
                assertEquals(401, new Http(w.url(), first).facilitator("GET", "api/studies", null).status());
                assertEquals(200, new Http(w.url(), second).facilitator("GET", "api/studies", null).status());
            }
        } finally {
            Servers.delete(dir);
        }
    }

    /** Sends the request ten times: each answer must be 401. */
    static void tenBad(java.util.function.Supplier<Http.Answer> request) {
        for (int i = 0; i < 10; i++) {
            assertEquals(401, request.get().status());
        }
    }

    @Test
    void badTokensAndLinksAreRateLimited() {
        try (Servers.Running s = Servers.start(Servers.Db.H2)) {
            Http wrong = new Http(s.url(), "A".repeat(43));
            tenBad(() -> wrong.facilitator("GET", "api/studies", null));
            Http.Answer limited = wrong.facilitator("GET", "api/studies", null);
            assertEquals(429, limited.status());
            assertNotNull(limited.header("Retry-After"));
            assertTrue(limited.json().get("error").asText().contains("too many"));
            // from that address, even the right token waits, and so do guessed expert links
            assertEquals(429, s.http().facilitator("GET", "api/studies", null).status());
            assertEquals(429, s.http().send("GET", "api/expert/" + "B".repeat(43), null).status());
        }
        try (Servers.Running s = Servers.start(Servers.Db.H2)) {
            tenBad(() -> s.http().send("GET", "api/expert/" + "x".repeat(43) + "/cells", null));
            assertEquals(429, s.http().send("GET", "api/expert/" + "x".repeat(43) + "/cells", null).status());
        }
    }

    @Test
    void anExpertReadsAndWritesOnlyTheirOwnGridAndNeverTheSynthesis() {
        try (Servers.Running s = Servers.start(Servers.Db.H2)) {
            Http h = s.http();
            long id = h.createStudy("Isolation", ApiTest.variables());
            String alice = h.invite(id, "alice");
            String bob = h.invite(id, "bob");
            assertEquals(200, h.put(bob, "A", "D", "3").status());
            assertEquals(200, h.put(alice, "A", "D", "1").status());
            Http.Answer aliceCells = h.send("GET", "api/expert/" + alice + "/cells", null);
            assertEquals(1, aliceCells.json().get("cells").size());
            assertEquals("1", aliceCells.json().get("cells").get(0).get("value").asText());
            Http.Answer view = h.send("GET", "api/expert/" + alice, null);
            assertFalse(view.text().contains("bob"), view.text());
            assertFalse(view.text().contains("\"3\""), "bob's answer leaks: " + view.text());
            // the secret is no facilitator credential
            Http asExpert = new Http(s.url(), alice);
            for (String path : List.of("api/studies/" + id + "/synthesis", "api/studies/" + id + "/dashboard",
                    "api/studies/" + id + "/export.zip", "api/studies/" + id, "api/studies")) {
                assertEquals(401, asExpert.facilitator("GET", path, null).status(), path);
                assertEquals(401, h.send("GET", path, null).status(), path);
            }
            // bob's value is unchanged by alice's writes
            assertEquals("3", h.send("GET", "api/expert/" + bob + "/cells", null).json().get("cells").get(0)
                    .get("value").asText());
        }
    }

    @Test
    void aRevokedLinkIsRefused() {
        try (Servers.Running s = Servers.start(Servers.Db.H2)) {
            Http h = s.http();
            long id = h.createStudy("Revoke", ApiTest.variables());
            String alice = h.invite(id, "alice");
            String bob = h.invite(id, "bob");
            assertEquals(200, h.put(alice, "A", "D", "1").status());
            long aliceId = h.facilitator("GET", "api/studies/" + id, null).json().get("experts").get(0).get("id")
                    .asLong();
            assertEquals(200, h.facilitator("DELETE", "api/studies/" + id + "/experts/" + aliceId, null).status());
            assertEquals(403, h.put(alice, "A", "D", "2").status());
            assertEquals(403, h.send("GET", "api/expert/" + alice + "/cells", null).status());
            assertEquals(403, h.send("GET", "e/" + alice, null).status());
            assertEquals(200, h.put(bob, "A", "D", "2").status());
            assertEquals(404, h.facilitator("DELETE", "api/studies/" + id + "/experts/9999", null).status());
        }
    }

    /** Signs in like the login page: returns {cookie, csrf}. */
    static String[] signIn(Servers.Running s) {
        Http h = s.http();
        Http.Answer login = h.send("POST", "login", Http.json(Map.of("token", s.token())), "Content-Type",
                "application/json");
        assertEquals(200, login.status(), login.text());
        String setCookie = login.header("Set-Cookie");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        Http.Answer home = h.send("GET", "", null, "Cookie", cookie);
        Matcher m = Pattern.compile("data-csrf=\"([^\"]+)\"").matcher(home.text());
        assertTrue(m.find(), home.text());
        return new String[] {cookie, m.group(1)};
    }

    @Test
    void stateChangingBrowserRequestsNeedTheCsrfTokenAndTheSameOrigin() {
        try (Servers.Running s = Servers.start(Servers.Db.H2)) {
            Http h = s.http();
            String[] session = signIn(s);
            byte[] body = Http.json(Map.of("title", "CSRF", "variables", ApiTest.variables()));
            assertEquals(200, h.send("GET", "api/studies", null, "Cookie", session[0]).status());
            assertEquals(403, h.send("POST", "api/studies", body, "Cookie", session[0], "Content-Type",
                    "application/json").status());
            assertEquals(403, h.send("POST", "api/studies", body, "Cookie", session[0], "Content-Type",
                    "application/json", "X-CSRF-Token", "C".repeat(43)).status());
            assertEquals(403, h.send("POST", "api/studies", body, "Cookie", session[0], "Content-Type",
                    "application/json", "X-CSRF-Token", session[1], "Origin", "http://evil.example").status());
            // the form a hostile page could post: no token, another origin, a form's content type
            assertEquals(403, h.send("POST", "api/studies", "title=x".getBytes(), "Cookie", session[0], "Content-Type",
                    "application/x-www-form-urlencoded", "Origin", "http://evil.example").status());
            Http.Answer ok = h.send("POST", "api/studies", body, "Cookie", session[0], "Content-Type",
                    "application/json", "X-CSRF-Token", session[1], "Origin",
                    s.url().substring(0, s.url().length() - 1));
            assertEquals(201, ok.status(), ok.text());
            // an expert's write from another site is refused too
            String alice = h.invite(ok.json().get("id").asLong(), "alice");
            assertEquals(403, h.send("PUT", "api/expert/" + alice + "/cells/A/D", "{\"value\":\"1\"}".getBytes(),
                    "Content-Type", "application/json", "Origin", "http://evil.example").status());
            assertEquals(200, h.send("PUT", "api/expert/" + alice + "/cells/A/D", "{\"value\":\"1\"}".getBytes(),
                    "Content-Type", "application/json").status());
            // signing out ends the session
            assertEquals(200, h.send("POST", "logout", "{}".getBytes(), "Cookie", session[0], "Content-Type",
                    "application/json", "X-CSRF-Token", session[1]).status());
            assertEquals(401, h.send("GET", "api/studies", null, "Cookie", session[0]).status());
        }
    }

    @Test
    void cookiesAreHttpOnlySameSiteStrictAndSecureOnTls() throws Exception {
        try (Servers.Running s = Servers.start(Servers.Db.H2)) {
            String c = s.http().send("POST", "login", Http.json(Map.of("token", s.token())), "Content-Type",
                    "application/json").header("Set-Cookie");
            assertTrue(c.contains("HttpOnly") && c.contains("SameSite=Strict") && c.contains("Path=/"), c);
            assertFalse(c.contains("Secure"), "plain http: a Secure cookie would never come back");
            assertEquals(401, s.http().send(
                    "POST", "login", Http.json(Map.of("token", "no")), "Content-Type", "application/json").status());
        }
        Path dir = Files.createTempDirectory("micmac-h2-");
        try (Workspace w = Workspace.start(Workspace.Options.defaults().withPort(0).withDataDir(dir)
                .withPublicUrl("https://micmac.example.org"))) {
            Http h = new Http(w.url(), w.newToken().orElseThrow());
            String c = h.send("POST", "login", Http.json(Map.of("token", h.token)), "Content-Type", "application/json")
                    .header("Set-Cookie");
            assertTrue(c.contains("; Secure"), c);
            long id = h.createStudy("TLS", ApiTest.variables());
            String link = h.facilitator("POST", "api/studies/" + id + "/experts", Map.of("name", "x")).json()
                    .get("link").asText();
            assertTrue(link.startsWith("https://micmac.example.org/e/"), link);
        } finally {
            Servers.delete(dir);
        }
    }

    @Test
    void pagesHaveAStrictPolicyNoInlineScriptOrStyleAndEscapeUserText() {
        try (Servers.Running s = Servers.start(Servers.Db.H2)) {
            Http h = s.http();
            List<Map<String, String>> vars = ApiTest.variables();
            long id = h.createStudy("<script>alert('title')</script>", vars);
            String alice = h.invite(id, "R&D 'team'");
            String[] session = signIn(s);
            for (String path : List.of("", "studies/" + id, "e/" + alice)) {
                Http.Answer page = h.send("GET", path, null, "Cookie", session[0]);
                assertEquals(200, page.status(), path);
                String csp = page.header("Content-Security-Policy");
                assertTrue(csp.contains("script-src 'self'") && csp.contains("style-src 'self'")
                        && !csp.contains("unsafe"), csp);
                assertEquals("nosniff", page.header("X-Content-Type-Options"));
                String html = page.text();
                Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(html);
                while (scripts.find()) {
                    assertTrue(scripts.group().contains(" src=\"/static/"),
                            "inline script on /" + path + ": " + scripts.group());
                }
                assertFalse(Pattern.compile("<[^>]*\\sstyle=").matcher(html).find(), "inline style on /" + path);
                assertFalse(Pattern.compile("<[^>]*\\son[a-z]+=").matcher(html).find(), "inline handler on /" + path);
                assertFalse(html.contains("<script>alert"), "unescaped title on /" + path);
                assertFalse(html.contains("R&D 'team'"), "unescaped name on /" + path);
                if (!path.isEmpty()) {
                    assertTrue(html.contains("&lt;script&gt;alert("), "the title shows as text on /" + path);
                }
                if (path.startsWith("e/")) {
                    assertTrue(html.contains("R&amp;D 'team'"), "the name shows as text");
                }
            }
        }
    }

    /** A real workbook whose sheet unzips 1000 times larger than it is: POI's zip-bomb guard must refuse it. */
    static byte[] zipBombWorkbook() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("variables");
            sheet.createRow(0).createCell(0).setCellValue("id");
            sheet.createRow(1).createCell(0).setCellValue("A");
            wb.write(plain);
        }
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain.toByteArray()));
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] b = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().contains("worksheets/sheet")) {
                    String xml = new String(b, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] pad = new byte[1 << 20];
                    java.util.Arrays.fill(pad, (byte) ' ');
                    for (int k = 0; k < 60; k++) {
                        out.write(pad);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(b);
                }
                out.closeEntry();
            }
        }
        return bomb.toByteArray();
    }

    @Test
    void uploadsAndBodiesAreBoundedAndZipBombsRefused() throws Exception {
        try (Servers.Running s = Servers.start(Servers.Db.H2)) {
            Http h = s.http();
            Http.Answer ok = h.facilitatorBytes("POST", "api/variables/preview?filename=v.csv",
                    "id,name\nA,Alpha\nB,Beta\n".getBytes(StandardCharsets.UTF_8), "text/csv");
            assertEquals(200, ok.status(), ok.text());
            assertEquals("Beta", ok.json().get("variables").get(1).get("name").asText());

            byte[] bomb = zipBombWorkbook();
            assertTrue(bomb.length < 1 << 20, "the bomb is small: " + bomb.length);
            Http.Answer refused = h.facilitatorBytes(
                    "POST", "api/variables/preview?filename=bomb.xlsx", bomb, "application/octet-stream");
            assertEquals(400, refused.status(), refused.text());
            assertTrue(refused.json().get("error").asText().startsWith("bomb.xlsx"), refused.text());

            Http.Answer tooBig = h.declaredLength("api/variables/preview?filename=big.csv", 11 << 20, "text/csv");
            assertEquals(413, tooBig.status(), tooBig.text());
            assertTrue(tooBig.json().get("error").asText().startsWith("body:"), tooBig.text());
            Http.Answer bigJson = h.declaredLength("api/studies", 3 << 20, "application/json");
            assertEquals(413, bigJson.status(), bigJson.text());

            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(zip)) {
                z.putNextEntry(new ZipEntry("variables.csv"));
                byte[] line = "A,Alpha\n".repeat(1 << 17).getBytes(StandardCharsets.UTF_8);
                for (int k = 0; k < 60; k++) {
                    z.write(line);
                }
                z.closeEntry();
            }
            Http.Answer unzipped = h.facilitatorBytes(
                    "POST", "api/studies/import", zip.toByteArray(), "application/zip");
            assertEquals(413, unzipped.status(), unzipped.text());
        }
    }

    @Test
    void errorsAreOneLineOfJsonWithoutStackTraces() {
        try (Servers.Running s = Servers.start(Servers.Db.H2)) {
            Http h = s.http();
            for (Http.Answer a : List.of(h.facilitatorBytes(
                    "POST", "api/studies", "{\"title\": ".getBytes(), "application/json"),
                    h.facilitatorBytes("POST", "api/studies", "[1,2]".getBytes(), "application/json"),
                    h.facilitatorBytes("POST", "api/studies", "{\"title\":\"a\",\"title\":\"b\"}".getBytes(),
                    "application/json"), h.facilitator("GET", "api/studies/abc", null),
                    h.facilitator("GET", "api/studies/1/plane.svg?view=sideways", null))) {
                assertTrue(a.status() == 400 || a.status() == 404, a.status() + " " + a.text());
                String e = a.json().get("error").asText();
                assertFalse(e.contains("\n") || e.contains("Exception") || e.contains("\tat "), e);
                assertEquals(1, a.json().size(), a.text());
            }
        }
    }
}
