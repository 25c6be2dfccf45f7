package org.micmac4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The cross-impact pages in a real browser (headless Chromium) at phone width: an expert fills in
 * judgements one pair of descriptors at a time (a descriptor named like a script shows as text),
 * the dashboard shows each expert's CIB progress, the facilitator renames a descriptor (the
 * judgements stay), is asked before a judged variant is removed and keeps those judgements aside,
 * closes the CIB round, and the expert then sees the panel's distribution next to their own.
 */
@Tag("slow")
class CibPageTest {
    static Path dir;
    static ChromeDriver driver;
    static Servers.Running server;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("micmac-cib-page-");
        driver = Browser.start(Files.createDirectory(dir.resolve("profile")));
        server = Servers.start(Servers.Db.H2);
    }

    @AfterAll
    static void stop() {
        Browser.stop(driver, server, dir);
    }

    static WebElement $(String id) {
        return driver.findElement(By.id(id));
    }

    static void screenshot(String name) throws IOException {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        Files.write(out.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    static void openExpert(String secret) {
        driver.get(server.url() + "e/" + secret);
        Browser.waitFor(driver, 30, d -> "true".equals($("expert").getAttribute("data-ready")));
        $("tab-cib").click();
    }

    static Select judgement(String from, String to) {
        String key = from.replace('.', '|') + "|" + to.replace('.', '|');
        return new Select(driver.findElement(By.cssSelector("select[data-cib='" + key + "']")));
    }

    @Test
    void anExpertJudgesOnAPhoneAndTheFacilitatorEditsAndRunsTheRounds() throws IOException {
        Http h = server.http();
        long id = h.createStudy("CIB pages", ApiTest.variables());
        List<Map<String, Object>> ds = new java.util.ArrayList<>(CibCells.descriptors());
        ds.set(0, Map.of("id", "X", "name", BrowserTest.XSS, "variants", List.of(Map.of("id", "lo", "name", "low"),
                Map.of("id", "hi", "name", "high"))));
        assertEquals(201, h.facilitator("POST", "api/studies/" + id + "/cib", Map.of("descriptors", ds)).status());
        String ann = h.invite(id, "ann");
        String ben = h.invite(id, "ben");
        assertEquals(200, CibCells.judge(h, ben, "X.lo", "Y.lo", -2).status());

        driver.manage().window().setSize(new Dimension(390, 844));
        openExpert(ann);
        WebElement caption = driver.findElement(By.cssSelector("#cib-blocks caption"));
        assertTrue(caption.getText().contains(BrowserTest.XSS), caption.getText());
        assertTrue(driver.findElements(By.cssSelector("#cib-view img")).isEmpty(), "a descriptor's name became HTML");
        judgement("X.lo", "Y.lo").selectByValue("3");
        judgement("X.hi", "Y.lo").selectByValue("-1");
        $("cib-next").click();
        assertEquals("X>Z", driver.findElement(By.cssSelector("#cib-blocks table")).getAttribute("data-pair"));
        judgement("X.lo", "Z.hi").selectByValue("2");
        Browser.waitFor(driver, 30, d -> "0".equals($("save-status").getAttribute("data-pending")));
        assertEquals(Map.of("X.lo>Y.lo", 3, "X.hi>Y.lo", -1, "X.lo>Z.hi", 2), CibCells.cells(h, ann));
        assertTrue($("cib-progress").getText().contains("3") && $("cib-progress").getText().contains("24"),
                $("cib-progress").getText());
        assertTrue(new Select($("cib-pair")).getFirstSelectedOption().getText().contains("(1 "), "the pair's progress");
        assertTrue((Long) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth") <= 390 + 1, "the CIB view is wider than the phone");
        screenshot("cib-expert-phone.png");

        // the dashboard, on the phone too
        driver.get(server.url());
        $("token").sendKeys(server.token());
        $("login-form").submit();
        Browser.waitFor(driver, 20, d -> !d.findElements(By.id("create-form")).isEmpty());
        driver.get(server.url() + "studies/" + id);
        Browser.waitFor(driver, 30, d -> d.findElement(By.id("cib-round")).isDisplayed());
        Browser.waitFor(driver, 30, d ->
                d.findElement(By.cssSelector("#experts-table tr[data-expert='ann'] .cib-count")).getText()
                .contains("3 / 24"));
        assertTrue(driver.findElement(By.cssSelector("#cib-descriptors")).getText().contains(BrowserTest.XSS));

        // renaming the descriptor X keeps ann's judgements
        driver.findElement(By.cssSelector("#cib-editor summary")).click();
        WebElement name = driver.findElement(By.cssSelector("fieldset[data-id='X'] .cib-name"));
        name.clear();
        name.sendKeys("Energy prices");
        $("cib-save").click();
        Browser.waitFor(driver, 30, d -> h.facilitator("GET", "api/studies/" + id + "/cib",
                null).json().get("descriptors").get(0)
                .get("name").asText().equals("Energy prices"));
        assertEquals(Map.of("X.lo>Y.lo", 3, "X.hi>Y.lo", -1, "X.lo>Z.hi", 2), CibCells.cells(h, ann));

        // removing Y.lo (judged by both) asks first, then keeps the judgements aside
        if (driver.findElement(By.id("cib-editor")).getAttribute("open") == null) {
            driver.findElement(By.cssSelector("#cib-editor summary")).click();
        }
        driver.findElement(By.cssSelector("fieldset[data-id='Y'] li[data-id='lo'] button")).click();
        driver.findElement(By.cssSelector("fieldset[data-id='Y'] > button")).click();
        $("cib-save").click();
        Browser.waitFor(driver, 30, d -> d.findElement(By.id("cib-put-aside")).isDisplayed());
        assertTrue($("cib-edit-status").getText().contains("3 judgements"), $("cib-edit-status").getText());
        assertEquals(3, CibCells.cells(h, ann).size(), "nothing changed before the facilitator agreed");
        screenshot("cib-dashboard-phone.png");
        $("cib-put-aside").click();
        Browser.waitFor(driver, 30, d -> h.facilitator("GET", "api/studies/" + id + "/cib",
                null).json().get("putAside").asInt() == 3);
        assertEquals(Map.of("X.lo>Z.hi", 2), CibCells.cells(h, ann));
        Browser.waitFor(driver, 30, d -> d.findElement(By.id("cib-aside")).isDisplayed());

        // closing the round: the expert sees the distribution of a disputed judgement next to their own
        assertEquals(200, CibCells.judge(h, ben, "X.lo", "Z.hi", -3).status());
        Browser.waitFor(driver, 30, d -> d.findElement(By.id("cib-close")).getText().contains("1"));
        $("cib-close").click();
        Browser.waitFor(driver, 30, d -> d.findElement(By.id("cib-round")).getText().contains("2"));
        openExpert(ann);
        $("cib-next").click();
        WebElement dist = driver.findElement(By.cssSelector("[data-distribution='X|lo|Z|hi']"));
        assertTrue(dist.getText().contains("-3: 1") && dist.getText().contains("+2: 1"), dist.getText());
        assertEquals("2", judgement("X.lo", "Z.hi").getFirstSelectedOption().getAttribute("value"));
        assertFalse(driver.getPageSource().contains("ben"), "another expert's name on ann's page");
        screenshot("cib-expert-round2-phone.png");
    }

    static void waitSaved() {
        Browser.waitFor(driver, 30, d -> "0".equals($("save-status").getAttribute("data-pending"))
                && "false".equals($("save-status").getAttribute("data-offline")));
    }

    static WebElement alert(String id) {
        List<WebElement> found = driver.findElements(By.cssSelector("#cib-alert-list li[data-alert='" + id + "']"));
        return found.isEmpty() ? null : found.get(0);
    }

    @Test
    void anExpertIsToldGentlyWhenTheirJudgementsContradictThemselvesAndMaySayTheyAreMeant() {
        Http h = server.http();
        long id = h.createStudy("CIB alerts", ApiTest.variables());
        List<Map<String, Object>> ds = List.of(
                Map.of("id", "X", "name", "Energy", "variants", List.of(Map.of("id", "lo", "name", "cheap"),
                        Map.of("id", "hi", "name", "dear"))),
                Map.of("id", "Y", "name", "Skills", "variants", List.of(Map.of("id", "lo", "name", "scarce"),
                        Map.of("id", "mid", "name", "enough"), Map.of("id", "hi", "name", "plenty"))));
        assertEquals(201, h.facilitator("POST", "api/studies/" + id + "/cib", Map.of("descriptors", ds)).status());
        String ann = h.invite(id, "ann");
        driver.manage().window().setSize(new Dimension(1200, 900));
        openExpert(ann);
        assertFalse($("cib-alerts").isDisplayed());

        // two exclusive variants strongly promoted, none restrained: a note, and both saved anyway
        judgement("X.lo", "Y.lo").selectByValue("3");
        judgement("X.lo", "Y.mid").selectByValue("2");
        String exclusive = "cib|exclusivePromoted|X|lo|Y";
        Browser.waitFor(driver, 30, d -> alert(exclusive) != null && $("cib-alerts").isDisplayed());
        String text = alert(exclusive).getText();
        assertTrue(text.contains("Energy") && text.contains("\"cheap\"") && text.contains("Skills")
                && text.contains("(scarce, enough)"), text);
        waitSaved();
        assertEquals(Map.of("X.lo>Y.lo", 3, "X.lo>Y.mid", 2), CibCells.cells(h, ann));

        // restraining the third settles it
        judgement("X.lo", "Y.hi").selectByValue("-1");
        Browser.waitFor(driver, 30, d -> alert(exclusive) == null && !$("cib-alerts").isDisplayed());

        // every variant of Y promoted by X.hi; the expert says it is meant, and it stays dismissed
        judgement("X.hi", "Y.lo").selectByValue("1");
        judgement("X.hi", "Y.mid").selectByValue("1");
        judgement("X.hi", "Y.hi").selectByValue("2");
        String all = "cib|allPromoted|X|hi|Y";
        Browser.waitFor(driver, 30, d -> alert(all) != null);
        alert(all).findElement(By.tagName("button")).click();
        assertTrue(alert(all) == null && !$("cib-alerts").isDisplayed());
        waitSaved();
        assertEquals(6, CibCells.cells(h, ann).size());
        openExpert(ann);
        assertTrue(alert(all) == null && !$("cib-alerts").isDisplayed(), "a dismissed alert came back");
        assertEquals(all, h.send("GET", "api/expert/" + ann + "/cib", null).json().get("alerts").get(0).get("id")
                .asText());
    }

    @Test
    void judgementsMadeOfflineAreKeptInThePageAndSentWhenTheNetworkIsBack() {
        Http h = server.http();
        long id = CibCells.study(h, "CIB offline");
        String ann = h.invite(id, "ann");
        driver.manage().window().setSize(new Dimension(1200, 900));
        openExpert(ann);
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        driver.setNetworkConditions(offline);
        try {
            judgement("X.lo", "Y.hi").selectByValue("2");
            judgement("X.hi", "Y.lo").selectByValue("-3");
            $("cib-next").click();
            judgement("X.lo", "Z.lo").selectByValue("1");
            Browser.waitFor(driver, 30, d -> "true".equals($("save-status").getAttribute("data-offline"))
                    && "3".equals($("save-status").getAttribute("data-pending")));
            assertTrue($("save-status").getText().startsWith("Offline: 3 change(s) kept in this page"),
                    $("save-status").getText());
            assertTrue($("cib-progress").getText().startsWith("Cross-impacts: 3 of 24"), $("cib-progress").getText());
            assertEquals(Map.of(), CibCells.cells(h, ann), "nothing reached the server while offline");
        } finally {
            driver.deleteNetworkConditions();
        }
        waitSaved();
        assertEquals(Map.of("X.lo>Y.hi", 2, "X.hi>Y.lo", -3, "X.lo>Z.lo", 1), CibCells.cells(h, ann));
        assertEquals("Connection back: the 3 change(s) kept in this page are saved", $("save-status").getText());
    }

    static void openDashboard(long id) {
        driver.get(server.url());
        if (!driver.findElements(By.id("token")).isEmpty()) {
            $("token").sendKeys(server.token());
            $("login-form").submit();
            Browser.waitFor(driver, 20, d -> !d.findElements(By.id("create-form")).isEmpty());
        }
        driver.get(server.url() + "studies/" + id);
        Browser.waitFor(driver, 30, d -> d.findElement(By.id("cib-round")).isDisplayed());
        driver.findElement(By.cssSelector("#cib-editor summary")).click();
    }

    static WebElement field(String css) {
        return driver.findElement(By.cssSelector("#cib-edit-form " + css));
    }

    static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void theFacilitatorRenamesAddsMovesAndRemovesDescriptorsInTheDashboardWithoutLosingAJudgement() {
        Http h = server.http();
        long id = CibCells.study(h, "CIB editor");
        String ann = h.invite(id, "ann");
        Map<String, Integer> judged = CibCells.judgeAtRandom(h, ann, new java.util.Random(5));
        driver.manage().window().setSize(new Dimension(1200, 900));
        openDashboard(id);

        // Y's id becomes W (with a new variant), X.hi becomes X.high and moves first, Z moves to the top, a new
        // descriptor N
        type(field("fieldset[data-id='Y'] .cib-id"), "W");
        field("fieldset[data-id='Y'] .add-variant").click();
        type(driver.findElements(By.cssSelector("#cib-edit-form fieldset[data-id='Y'] .cib-variant-id")).get(2), "mid");
        type(field("fieldset[data-id='X'] li[data-id='hi'] .cib-variant-id"), "high");
        field("fieldset[data-id='X'] li[data-id='hi'] .move-up").click();
        field("fieldset[data-id='Z'] .move-up").click();
        field("fieldset[data-id='Z'] .move-up").click();
        $("cib-add-descriptor").click();
        WebElement added = driver.findElements(By.cssSelector("#cib-edit-form fieldset")).get(3);
        type(added.findElement(By.className("cib-id")), "N");
        type(added.findElement(By.className("cib-name")), "New <i>one</i>");
        added.findElement(By.className("add-variant")).click();
        type(added.findElements(By.className("cib-variant-id")).get(2), "H9");
        $("cib-save").click();
        Browser.waitFor(driver, 30, d -> h.facilitator("GET", "api/studies/" + id + "/cib", null).json()
                .get("descriptors").size() == 4);
        com.fasterxml.jackson.databind.JsonNode ds = h.facilitator("GET", "api/studies/" + id + "/cib", null).json()
                .get("descriptors");
        assertEquals("Z,X,W,N", ids(ds, null));
        assertEquals("high,lo", ids(ds, 1));
        assertEquals("lo,hi,mid", ids(ds, 2), "a new variant in a renamed descriptor");
        assertEquals("H1,H2,H9", ids(ds, 3));
        assertEquals("New <i>one</i>", ds.get(3).get("name").asText());
        Map<String, Integer> renamed = CibEditTest.renamed(judged, l -> l.equals("X.hi") ? "X.high"
                : l.startsWith("Y.") ? "W." + l.substring(2) : l);
        assertEquals(renamed, CibCells.cells(h, ann));
        Browser.waitFor(driver, 30, d -> d.findElement(By.id("cib-descriptors")).getText().contains("New <i>one</i>"));

        // removing Z (judged): the page asks, says how many, and keeps them aside once told to
        driver.findElement(By.cssSelector("#cib-editor summary")).click();
        field("fieldset[data-id='Z'] .remove-descriptor").click();
        $("cib-save").click();
        Browser.waitFor(driver, 30, d -> d.findElement(By.id("cib-put-aside")).isDisplayed());
        long onZ = renamed.keySet().stream().filter(k -> k.contains("Z.")).count();
        assertTrue($("cib-edit-status").getText().contains(onZ + " judgements"), $("cib-edit-status").getText());
        assertEquals(renamed, CibCells.cells(h, ann), "nothing changed before the facilitator agreed");
        $("cib-put-aside").click();
        Browser.waitFor(driver, 30, d -> h.facilitator("GET", "api/studies/" + id + "/cib", null).json()
                .get("putAside").asInt() == onZ);
        Map<String, Integer> withoutZ = new java.util.TreeMap<>(renamed);
        withoutZ.keySet().removeIf(k -> k.contains("Z."));
        assertEquals(withoutZ, CibCells.cells(h, ann));
        assertEquals("X,W,N", ids(h.facilitator("GET", "api/studies/" + id + "/cib", null).json().get("descriptors"),
                null));

        // a bad id is refused with the field named, and nothing changes
        driver.findElement(By.cssSelector("#cib-editor summary")).click();
        Browser.waitFor(driver, 30, d -> !d.findElements(By.cssSelector("#cib-edit-form fieldset[data-id='N']"))
                .isEmpty());
        type(field("fieldset[data-id='N'] .cib-id"), "X");
        $("cib-save").click();
        Browser.waitFor(driver, 30, d -> $("cib-edit-status").getText().contains("descriptors[2].id: duplicate id"));
        assertEquals(withoutZ, CibCells.cells(h, ann));
    }

    /** The ids of the descriptors (d null) or of one descriptor's variants, joined by commas. */
    static String ids(com.fasterxml.jackson.databind.JsonNode ds, Integer d) {
        List<String> out = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode x : d == null ? ds : ds.get(d).get("variants")) {
            out.add(x.get("id").asText());
        }
        return String.join(",", out);
    }
}
