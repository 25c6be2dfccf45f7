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
}
