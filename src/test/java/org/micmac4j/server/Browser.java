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
 *
 * <p>No browser outlives its test JVM: the tests quit the driver after their class; should the JVM
 * be killed first (SIGKILL, a surefire timeout), a watchdog started with the browser, in its own
 * session, kills the driver and the browser processes it started within a second.
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
                "--disable-extensions", "--disable-crash-reporter", "--lang=en-US", "--window-size=1400,1000",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        java.util.Set<Long> before = descendants();
        ChromeDriver d = new ChromeDriver(service, o);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        java.util.Set<Long> started = descendants();
        started.removeAll(before);
        watchdog(started);
        return d;
    }

    private static java.util.Set<Long> descendants() {
        return ProcessHandle.current().descendants().map(ProcessHandle::pid)
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Waits while this JVM lives and any of the processes lives; if the JVM died first, kills them.
     * (The browser's later helpers, renderers and the like, end with its main process.)
     */
    private static void watchdog(java.util.Set<Long> pids) {
        if (pids.isEmpty()) {
            return;
        }
        String list = pids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" "));
        String alive = pids.stream().map(p -> "[ -d /proc/" + p
                + " ]").collect(java.util.stream.Collectors.joining(" || "));
        String script = "trap '' INT HUP; while [ -d /proc/" + ProcessHandle.current().pid() + " ] && { " + alive
                + "; }; do sleep 1; done; "
                + "[ -d /proc/" + ProcessHandle.current().pid() + " ] || kill -9 " + list + " 2>/dev/null; exit 0";
        try {
            new ProcessBuilder("setsid", "sh", "-c", script).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException e) {
            // no watchdog: the driver is still quit by the tests
        }
    }

    /**
     * Starts a browser, prints the pids of its processes, then waits to be killed: for
     * {@link LeftoversTest}, which kills this JVM with SIGKILL.
     *
     * @param args a profile folder
     */
    public static void main(String[] args) throws Exception {
        java.util.Set<Long> before = descendants();
        start(Path.of(args[0]));
        java.util.Set<Long> started = descendants();
        started.removeAll(before);
        started.removeIf(p -> ProcessHandle.of(p).flatMap(h -> h.info().command()).map(c -> c.endsWith("/sh")
                || c.endsWith("/setsid"))
                .orElse(true));
        System.out.println(started.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" ")));
        System.out.flush();
        Thread.sleep(600_000);
    }

    /** Stops what a browser test class started (any of them may be null: its start failed). */
    static void stop(ChromeDriver driver, Servers.Running server, Path dir) {
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

    static <T> T waitFor(WebDriver d, int seconds, Function<WebDriver, T> condition) {
        // A table the page redraws between finding a cell and reading it is not a failure: look again.
        return new WebDriverWait(d, Duration.ofSeconds(seconds)).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }
}
