package org.micmac4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * English and French: chosen by the browser's Accept-Language, switched by the header's link
 * (a cookie), the switch redirecting only within the site.
 */
class LanguageTest {
    @Test
    void theBrowsersLanguageThenTheSwitch() {
        try (Servers.Running s = Servers.start(Servers.Db.H2)) {
            Http h = s.http();
            assertTrue(h.send("GET", "", null, "Accept-Language", "fr-FR,fr;q=0.9,en;q=0.8").text()
                    .contains("<html lang=\"fr\">"));
            assertTrue(h.send("GET", "", null, "Accept-Language", "de-DE,en;q=0.5").text()
                    .contains("<html lang=\"en\">"));
            assertTrue(h.send("GET", "", null).text().contains("Facilitator sign-in"));
            assertTrue(h.send("GET", "", null, "Accept-Language", "fr").text().contains("Connexion de l&#39;animateur")
                    || h.send("GET", "", null, "Accept-Language", "fr").text().contains("Connexion de l'animateur"));

            Http.Answer sw = h.send("GET", "lang/fr?to=/studies/1", null, "Accept-Language", "en");
            assertEquals(302, sw.status());
            assertEquals("/studies/1", sw.header("Location"));
            String cookie = sw.header("Set-Cookie");
            assertTrue(cookie.startsWith("micmac_lang=fr;") && cookie.contains("SameSite=Strict"), cookie);
            assertTrue(h.send("GET", "", null, "Accept-Language", "en", "Cookie", "micmac_lang=fr").text()
                    .contains("<html lang=\"fr\">"));
            // no open redirect
            assertEquals("/", h.send("GET", "lang/en?to=//evil.example/x", null).header("Location"));
            assertEquals("/", h.send("GET", "lang/en?to=https://evil.example/", null).header("Location"));
            assertEquals(404, h.send("GET", "lang/de", null).status());
        }
    }
}
