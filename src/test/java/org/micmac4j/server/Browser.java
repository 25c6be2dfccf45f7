package org.micmac4j.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium driven by the system's chromedriver (Debian packages chromium and
 * chromium-driver): nothing is downloaded. As root (CI) Chromium needs --no-sandbox; the
 * background-networking flags keep it from calling out of this closed machine.
 */
final class Browser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Starts Chromium, or skips (fails in CI) when it is not installed. */
    static ChromeDriver start(Path profile) {
        Externals.require(available(), "no Chromium (apt-get install chromium chromium-driver)");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--lang=en-US", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, o);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return d;
    }

    static <T> T waitFor(WebDriver d, int seconds, Function<WebDriver, T> condition) {
        // A table the page redraws between finding a cell and reading it is not a failure: look again.
        return new WebDriverWait(d, Duration.ofSeconds(seconds)).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }
}
