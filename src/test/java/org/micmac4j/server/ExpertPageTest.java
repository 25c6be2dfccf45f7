package org.micmac4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The expert's page in a real browser (headless Chromium), on what BrowserTest's flow does not
 * reach: the rationale in the one-variable view on a phone, the gentle alert for a strong influence
 * of A on B while B is said to be unrelated to A (in English and French, a note that never blocks a
 * save), and changes made offline that survive a reload of the page before the network comes back.
 */
@Tag("slow")
class ExpertPageTest {
    static Path dir;
    static ChromeDriver driver;
    static Servers.Running server;
    static long study;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("micmac-expert-page-");
        driver = Browser.start(Files.createDirectory(dir.resolve("profile")));
        server = Servers.start(Servers.Db.H2);
        study = server.http().createStudy("Expert page", List.of(Map.of("id", "A", "name", "Energy prices"),
                Map.of("id", "B", "name", "Skills"), Map.of("id", "C", "name", "Regulation"), Map.of("id", "D", "name",
                        "Demand")));
    }

    @AfterAll
    static void stop() {
        Browser.stop(driver, server, dir);
    }

    @AfterEach
    void desktop() {
        driver.deleteNetworkConditions();
        driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    static WebElement $(String id) {
        return driver.findElement(By.id(id));
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Invites an expert and opens their page. */
    static String openAsNewExpert(String name) {
        String secret = server.http().invite(study, name);
        driver.get(server.url() + "e/" + secret);
        ready();
        return secret;
    }

    static void ready() {
        Browser.waitFor(driver, 30, d -> "true".equals($("expert").getAttribute("data-ready")));
    }

    static void waitSaved() {
        Browser.waitFor(driver, 30, d -> "0".equals($("save-status").getAttribute("data-pending"))
                && "false".equals($("save-status").getAttribute("data-offline")));
    }

    static Map<String, String[]> serverCells(String secret) {
        Map<String, String[]> out = new TreeMap<>();
        for (JsonNode c : server.http().send("GET", "api/expert/" + secret + "/cells", null).json().get("cells")) {
            out.put(c.get("from").asText() + ">" + c.get("to").asText(), new String[] {c.get("value").isNull() ? null
                    : c.get("value").asText(),
                c.get("rationale").isNull() ? null : c.get("rationale").asText()});
        }
        return out;
    }

    static void screenshot(String name) throws IOException {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        Files.write(out.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    static WebElement row(String to) {
        return driver.findElement(By.cssSelector("#one-list li[data-to='" + to + "']"));
    }

    static void oneVariable(int index) {
        $("tab-one").click();
        new Select($("one-select")).selectByIndex(index);
    }

    @Test
    void theRationaleCanBeGivenInTheOneVariableViewOnAPhone() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        String secret = openAsNewExpert("Phone");
        oneVariable(0);
        row("C").findElement(By.cssSelector("button[data-value='2']")).click();
        WebElement details = row("C").findElement(By.cssSelector("details.why"));
        details.findElement(By.tagName("summary")).click();
        WebElement input = row("C").findElement(By.cssSelector("input.why-input"));
        assertTrue(input.isDisplayed(), "the rationale field does not open");
        input.sendKeys("Energy costs decide where firms settle", Keys.ENTER);
        waitSaved();
        assertEquals("2", serverCells(secret).get("A>C")[0]);
        assertEquals("Energy costs decide where firms settle", serverCells(secret).get("A>C")[1]);
        // a rationale alone, on a cell without a score, is kept too
        row("D").findElement(By.cssSelector("details.why summary")).click();
        row("D").findElement(By.cssSelector("input.why-input")).sendKeys("Not sure yet", Keys.ENTER);
        waitSaved();
        assertEquals("Not sure yet", serverCells(secret).get("A>D")[1]);
        assertTrue(row("C").findElement(By.cssSelector("details.why summary")).getText().contains("Energy costs "
                + "decide"),
                row("C").getText());
        long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth");
        assertTrue(overflow <= 0, "the one-variable view scrolls sideways on a phone: " + overflow + " px");
        // the matrix view shows the same rationale for the cell
        driver.navigate().refresh();
        ready();
        driver.findElement(By.cssSelector("#grid td[data-i='0'][data-j='2']")).click();
        assertEquals("Energy costs decide where firms settle", $("rationale").getAttribute("value"));
        oneVariable(0);
        screenshot("expert-phone-rationale.png");
    }

    @Test
    void aStrongInfluenceWhileTheOtherIsSaidUnrelatedGetsAGentleNoteInEnglishAndFrench() throws IOException {
        for (String lang : new String[] {"en", "fr"}) {
            driver.get(server.url());
            driver.manage().addCookie(new Cookie("micmac_lang", lang));
            String secret = openAsNewExpert("Alerts " + lang);
            assertFalse($("alerts").isDisplayed());
            // A -> B strong in the whole matrix, then B -> A = 0 ("B is unrelated to A") in the one-variable view
            driver.findElement(By.cssSelector("#grid td[data-i='0'][data-j='1']")).click();
            new Actions(driver).sendKeys("3").perform();
            oneVariable(1);
            row("A").findElement(By.cssSelector("button[data-value='0']")).click();
            waitSaved();
            // a note, never a block: both answers are saved as given
            assertEquals("3", serverCells(secret).get("A>B")[0]);
            assertEquals("0", serverCells(secret).get("B>A")[0]);
            WebElement note = Browser.waitFor(driver, 10, d -> row("A").findElement(By.cssSelector(".note")));
            String expected = lang.equals("en")
                    ? "You scored a strong influence of Energy prices on Skills (3), "
                    + "and Skills → Energy prices as 0, "
                            + "as if Skills were "
                            + "unrelated to Energy prices."
                    : "Vous notez une forte influence de Energy prices sur Skills (3), "
                    + "et Skills → Energy prices à 0, "
                            + "comme si Skills était "
                            + "sans rapport avec Energy prices.";
            assertTrue(note.getText().startsWith(expected), note.getText());
            assertTrue($("alerts").isDisplayed());
            assertTrue($("alert-list").getText().contains(expected), $("alert-list").getText());
            // the same note next to the other cell in the matrix view
            $("tab-matrix").click();
            driver.findElement(By.cssSelector("#grid td[data-i='0'][data-j='1']")).click();
            assertTrue($("cell-notes").getText().startsWith(expected), $("cell-notes").getText());
            screenshot("expert-alert-" + lang + ".png");
            // the expert says it is meant: the note goes, and stays gone after a reload
            $("cell-notes").findElement(By.tagName("button")).click();
            Browser.waitFor(driver, 10, d -> !$("alerts").isDisplayed() && $("cell-notes").getText().isEmpty());
            driver.navigate().refresh();
            ready();
            assertFalse($("alerts").isDisplayed());
            // a weaker influence is no contradiction: no note
            oneVariable(2);
            row("D").findElement(By.cssSelector("button[data-value='2']")).click();
            oneVariable(3);
            row("C").findElement(By.cssSelector("button[data-value='0']")).click();
            waitSaved();
            assertTrue(driver.findElements(By.cssSelector("#one-list .note")).isEmpty());
            assertFalse($("alerts").isDisplayed());
        }
        driver.manage().deleteCookieNamed("micmac_lang");
    }

    @Test
    void changesMadeOfflineSurviveAReloadAndArriveWhenTheNetworkIsBack() {
        String secret = openAsNewExpert("Offline");
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        driver.setNetworkConditions(offline);
        driver.findElement(By.cssSelector("#grid td[data-i='2'][data-j='0']")).click();
        new Actions(driver).sendKeys("2", Keys.ARROW_RIGHT, "P", Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, "1").perform();
        Browser.waitFor(driver, 30, d -> "true".equals($("save-status").getAttribute("data-offline"))
                && "3".equals($("save-status").getAttribute("data-pending")));
        assertTrue($("save-status").getText().startsWith("Offline: 3 change(s) kept in this page"),
                $("save-status").getText());
        assertEquals(Map.of(), serverCells(secret), "nothing reached the server while offline");
        // The page is reloaded before the connection is back. (Chrome's offline emulation does not survive the reload
        // of
        // an offline page, and the old page would send its changes the moment it ends: so the saves are blocked first,
        // then the emulation lifted: the reloaded page loads but cannot save, like a connection still down.)
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/cells/*")));
        driver.deleteNetworkConditions();
        driver.navigate().refresh();
        ready();
        Browser.waitFor(driver, 30, d -> "true".equals($("save-status").getAttribute("data-offline")));
        assertTrue($("save-status").getText().startsWith("Offline: 3 change(s) kept in this page"),
                $("save-status").getText());
        assertEquals("2", driver.findElement(By.cssSelector("#grid td[data-i='2'][data-j='0']")).getText(),
                "the kept change is shown");
        assertEquals(Map.of(), serverCells(secret), "nothing reached the server before the connection came back");
        // the connection is back: every kept change arrives, and the page says so
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        waitSaved();
        Map<String, String[]> cells = serverCells(secret);
        assertEquals(List.of("C>A=2", "C>B=P", "C>D=1"), cells.entrySet().stream().map(e -> e.getKey() + "="
                + e.getValue()[0]).toList());
        assertEquals("Connection back: the 3 change(s) kept in this page are saved", $("save-status").getText());
        assertEquals("0", js("return JSON.parse(localStorage.getItem('micmac.queue." + secret
                + "') || '[]').length + ''"));
    }
}
