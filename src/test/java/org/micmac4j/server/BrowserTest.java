package org.micmac4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The workspace in a real browser (headless Chromium), through the flow: the facilitator
 * signs in, creates a study from a variables file and invites two experts; the experts fill in
 * cells with the keyboard, one of them offline for a while (Chrome's network emulation), and one on
 * a phone-sized screen one variable at a time; the dashboard updates without reloading; round 2
 * shows the distribution of the disputed cells; the export equals {@code micmac experts} on the
 * grids typed in; a variable named {@code <img src=x onerror=alert(1)>} shows as text.
 */
@Tag("slow")
class BrowserTest {
    static final String XSS = "<img src=x onerror=alert(1)>";
    static Path profile;
    static Path dir;
    static ChromeDriver driver;
    static Servers.Running server;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("micmac-browser-");
        profile = Files.createDirectory(dir.resolve("profile"));
        driver = Browser.start(profile);
        server = Servers.start(Servers.Db.H2);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (dir != null) {
            Servers.delete(dir);
        }
    }

    static WebElement $(String id) {
        return driver.findElement(By.id(id));
    }

    static String text(String id) {
        return $(id).getText();
    }

    static void noAlert() {
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "a script ran: an alert is open");
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static void signIn() {
        driver.get(server.url());
        if (!driver.findElements(By.id("create-form")).isEmpty()) {
            return;
        }
        $("token").sendKeys(server.token());
        $("login-form").submit();
        Browser.waitFor(driver, 20, d -> !d.findElements(By.id("create-form")).isEmpty());
    }

    /** Types keys into the focused grid cell and waits until every change is acknowledged. */
    static void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    static void waitSaved() {
        Browser.waitFor(driver, 30, d -> "0".equals($("save-status").getAttribute("data-pending"))
                && "false".equals($("save-status").getAttribute("data-offline")));
    }

    static Map<String, String> serverCells(String secret) {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode c : server.http().send("GET", "api/expert/" + secret + "/cells", null).json().get("cells")) {
            if (!c.get("value").isNull()) {
                out.put(c.get("from").asText() + ">" + c.get("to").asText(), c.get("value").asText());
            }
        }
        return out;
    }

    /** Screenshots land in target/screenshots/ to be looked at (docs/img/dashboard.png is one of them). */
    static void screenshot(String name) throws IOException {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        Files.write(out.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    static String secretOf(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    @Test
    void aTwoRoundStudyWithTwoExpertsOneOfThemOffline() throws Exception {
        signIn();
        noAlert();
        // the facilitator creates a study from a variables file
        Path vars = dir.resolve("variables.csv");
        Files.writeString(vars, "id,name,group,description\nA,Energy prices,economy,Cost of energy\nB," + "\"" + XSS
                + "\",economy,A name that is markup\nC,Skills,people,\nD,Regulation,state,Rules and norms\n",
                StandardCharsets.UTF_8);
        $("variables-file").sendKeys(vars.toString());
        Browser.waitFor(driver, 20, d -> $("create-submit").isEnabled());
        assertTrue(text("variables-preview").contains(XSS), "the preview shows the name as text");
        noAlert();
        $("study-title").sendKeys("Pilot " + XSS);
        $("create-submit").click();
        Browser.waitFor(driver, 20, d -> !d.findElements(By.id("dashboard")).isEmpty());
        String dashboardUrl = driver.getCurrentUrl();
        String study = "api/studies/" + $("dashboard").getAttribute("data-study");
        assertEquals("Pilot " + XSS, text("study-title"));
        noAlert();
        assertEquals(0L, js("return document.querySelectorAll('img[src=\"x\"]').length"));

        // and invites two experts; each link is shown to copy
        String[] links = new String[2];
        String[] names = {"Alice", "Bruno"};
        for (int k = 0; k < 2; k++) {
            $("invite-name").sendKeys(names[k]);
            $("invite-form").submit();
            int kk = k;
            Browser.waitFor(driver, 20, d -> $("invite-who").getText().equals(names[kk]));
            links[k] = $("invite-link").getAttribute("value");
            assertTrue(links[k].startsWith(server.url() + "e/"), links[k]);
        }
        String facilitatorTab = driver.getWindowHandle();

        // Alice fills cells with the keyboard in the whole matrix
        driver.switchTo().newWindow(WindowType.TAB);
        String aliceTab = driver.getWindowHandle();
        driver.get(links[0]);
        Browser.waitFor(driver, 20, d -> "true".equals($("expert").getAttribute("data-ready")));
        driver.findElement(By.cssSelector("#grid td[data-i='0'][data-j='1']")).click();
        keys("3", Keys.ARROW_RIGHT, "2", Keys.ARROW_RIGHT, "p", Keys.ARROW_DOWN, "1", Keys.ARROW_LEFT, Keys.ARROW_LEFT,
                "0", Keys.ARROW_DOWN, "3", Keys.DELETE, Keys.ARROW_RIGHT, "2");
        waitSaved();
        Map<String, String> alice = Map.of("A>B", "3", "A>C", "2", "A>D", "P", "B>D", "1", "B>A", "0", "C>B", "2");
        assertEquals(new TreeMap<>(alice), serverCells(secretOf(links[0])));
        assertTrue(text("progress").startsWith("6 of 12"), text("progress"));
        // a rationale for the focused cell
        $("rationale").sendKeys("Skills shortages " + XSS, Keys.ENTER);
        waitSaved();
        noAlert();
        screenshot("expert-matrix.png");

        // the dashboard updated without a reload
        driver.switchTo().window(facilitatorTab);
        Browser.waitFor(driver, 20, d -> d.findElement(By.cssSelector("tr[data-expert='Alice'] .count")).getText()
                .startsWith("6 /"));
        assertEquals(dashboardUrl, driver.getCurrentUrl());

        // Bruno loses the network while answering: the page keeps his changes and says so
        driver.switchTo().window(aliceTab);
        driver.switchTo().newWindow(WindowType.TAB);
        String brunoTab = driver.getWindowHandle();
        driver.get(links[1]);
        Browser.waitFor(driver, 20, d -> "true".equals($("expert").getAttribute("data-ready")));
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        driver.setNetworkConditions(offline);
        driver.findElement(By.cssSelector("#grid td[data-i='0'][data-j='1']")).click();
        keys("0", Keys.ARROW_RIGHT, "3", Keys.ARROW_RIGHT, "1", Keys.ARROW_DOWN, "3");
        Browser.waitFor(driver, 20, d -> "true".equals($("save-status").getAttribute("data-offline")));
        Browser.waitFor(driver, 20, d -> "4".equals($("save-status").getAttribute("data-pending")));
        assertTrue(text("save-status").contains("4"), text("save-status"));
        assertEquals(Map.of(), serverCells(secretOf(links[1])), "nothing reached the server while offline");
        Thread.sleep(1500);
        driver.deleteNetworkConditions();
        waitSaved();
        assertEquals(new TreeMap<>(Map.of("A>B", "0", "A>C", "3", "A>D", "1", "B>D", "3")),
                serverCells(secretOf(links[1])));

        // Bruno on a phone: one variable at a time, with buttons
        driver.manage().window().setSize(new Dimension(390, 844));
        $("tab-one").click();
        new org.openqa.selenium.support.ui.Select($("one-select")).selectByIndex(2);
        driver.findElement(By.cssSelector("#one-list li[data-to='A'] button[data-value='2']")).click();
        driver.findElement(By.cssSelector("#one-list li[data-to='D'] button[data-value='P']")).click();
        waitSaved();
        assertEquals("2", serverCells(secretOf(links[1])).get("C>A"));
        assertEquals("P", serverCells(secretOf(links[1])).get("C>D"));
        long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth");
        assertTrue(overflow <= 0, "the one-variable view scrolls sideways on a phone: " + overflow + " px");
        screenshot("expert-phone.png");
        driver.manage().window().setSize(new Dimension(1400, 1000));

        // the dashboard: both experts, agreement, disputed cells, the plane
        driver.switchTo().window(facilitatorTab);
        Browser.waitFor(driver, 20, d -> d.findElement(By.cssSelector("tr[data-expert='Bruno'] .count")).getText()
                .startsWith("6 /"));
        Browser.waitFor(driver, 20, d -> !d.findElements(By.cssSelector("#disputed tr[data-cell]")).isEmpty());
        JsonNode synthesis = server.http().facilitator("GET", study + "/synthesis", null).json();
        String w = String.format(java.util.Locale.ROOT, "%.3f",
                synthesis.get("agreement").get("kendallW").get("directInfluence").asDouble());
        assertTrue(text("agreement").contains(w), text("agreement") + " lacks " + w);
        Browser.waitFor(driver, 20, d -> (Boolean) js(
                "const p = document.getElementById('plane'); return p.complete && p.naturalWidth > 0"));
        noAlert();

        // round 2: the expert sees the panel's distribution of the disputed cells
        $("next-round").click();
        driver.switchTo().alert().accept();
        Browser.waitFor(driver, 20, d -> text("round-label").endsWith("2"));
        driver.switchTo().window(aliceTab);
        driver.navigate().refresh();
        Browser.waitFor(driver, 20, d -> "true".equals($("expert").getAttribute("data-ready")));
        assertTrue(text("round-label").endsWith("2"), text("round-label"));
        List<WebElement> disputed = driver.findElements(By.cssSelector("#grid td.disputed"));
        assertFalse(disputed.isEmpty(), "no disputed cell is marked in round 2");
        disputed.get(0).click();
        assertTrue($("cell-distribution").isDisplayed());
        assertTrue(text("cell-distribution").matches(".*0: \\d, 1: \\d, 2: \\d, 3: \\d, P: \\d.*"),
                text("cell-distribution"));
        assertFalse(driver.getPageSource().contains("Bruno"), "another expert's name on Alice's page");
        // Alice revises the A -> C cell (A>C: Alice 2, Bruno 3)
        driver.findElement(By.cssSelector("#grid td[data-i='0'][data-j='2']")).click();
        keys("3");
        waitSaved();

        // the export equals micmac experts on the same grids
        Http h = server.http();
        Path folder = ApiTest.writeFolder(ApiTest.unzip(h.facilitator("GET", study + "/export.zip", null).body()));
        try {
            assertEquals(ApiTest.cliExperts(folder), h.facilitator("GET", study + "/synthesis", null).text());
            assertEquals("3", serverCells(secretOf(links[0])).get("A>C"));
        } finally {
            Servers.delete(folder);
        }

        // French, by the switch
        driver.switchTo().window(facilitatorTab);
        $("lang-switch").click();
        Browser.waitFor(driver, 20, d -> "fr".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertTrue(text("rounds-card").contains("Tours Delphi"), text("rounds-card"));
        screenshot("dashboard-fr.png");
        noAlert();
    }

    /** The bundled example panel (five illustrative experts) imported into the example study: the README's picture. */
    @Test
    void theBundledExamplePanelOnTheDashboard() throws Exception {
        Path examples = Path.of("examples", "hdf-industry-2040");
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("variables.csv", Files.readAllBytes(examples.resolve("variables.csv")));
        files.put("study.json", "{\"title\":\"Industrie des Hauts-de-France 2040 (panel illustratif)\"}".getBytes(
                StandardCharsets.UTF_8));
        try (java.util.stream.Stream<Path> s = Files.list(examples.resolve("panel"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".csv") && !p.endsWith("experts.csv")).sorted()
                    .toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zip)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                z.putNextEntry(new java.util.zip.ZipEntry(f.getKey()));
                z.write(f.getValue());
                z.closeEntry();
            }
        }
        Http h = server.http();
        Http.Answer imported = h.facilitatorBytes("POST", "api/studies/import", zip.toByteArray(), "application/zip");
        assertEquals(201, imported.status(), imported.text());
        long id = imported.json().get("id").asLong();
        signIn();
        driver.manage().window().setSize(new Dimension(1400, 1900));
        driver.get(server.url() + "studies/" + id);
        Browser.waitFor(driver, 30, d -> !d.findElements(By.cssSelector("#disputed tr[data-cell]")).isEmpty());
        Browser.waitFor(driver, 30, d -> (Boolean) js(
                "const p = document.getElementById('plane'); return p.complete && p.naturalWidth > 0"));
        assertEquals(5, driver.findElements(By.cssSelector("#experts-table tbody tr")).size());
        assertEquals(29, driver.findElements(By.cssSelector("#classification tr")).size() - 1);
        $("mc-draws").clear();
        $("mc-draws").sendKeys("200");
        $("mc-form").submit();
        Browser.waitFor(driver, 60, d -> driver.findElements(By.cssSelector("#mc-table tr")).size() == 30);
        js("document.activeElement.blur(); window.scrollTo(0, 0)");
        Thread.sleep(300);
        screenshot("dashboard.png");
        driver.manage().window().setSize(new Dimension(1400, 1000));

        // later in the study: cross-impact judgements on descriptors from the key variables
        $("cib-max").clear();
        $("cib-max").sendKeys("3");
        $("cib-setup").click();
        Browser.waitFor(driver, 30, d -> d.findElements(By.cssSelector("#cib-descriptors li")).size() == 3);
        String dashboard = driver.getWindowHandle();
        String link = h.facilitator("POST", "api/studies/" + id + "/experts", Map.of("name", "cib expert")).json()
                .get("link").asText();
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(link);
        Browser.waitFor(driver, 20, d -> "true".equals($("expert").getAttribute("data-ready")));
        $("tab-cib").click();
        List<WebElement> selects = driver.findElements(By.cssSelector("#cib-blocks select"));
        assertEquals(3 * 2 * 3 * 3, selects.size(), "3 descriptors of 3 variants: 6 blocks of 3 x 3");
        for (int k = 0; k < selects.size(); k += 2) {
            new org.openqa.selenium.support.ui.Select(selects.get(k)).selectByValue(String.valueOf(k % 7 - 3));
        }
        waitSaved();
        screenshot("expert-cib.png");
        driver.close();
        driver.switchTo().window(dashboard);
        Browser.waitFor(driver, 30, d -> d.findElements(By.cssSelector("#cib-scenarios tr")).size() > 1);
        assertTrue(text("cib-scenarios").contains("100 %"), text("cib-scenarios"));
        noAlert();
    }
}
