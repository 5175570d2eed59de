package com.custodyadvisor.web;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through Debian's chromedriver: both are named by path, so Selenium never looks
 * for or downloads a browser. Without them the browser tests are skipped, unless
 * {@code CUSTODY_ADVISOR_BROWSER_TESTS=required} (CI installs them and sets it), when they fail.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String REQUIRED_VARIABLE = "CUSTODY_ADVISOR_BROWSER_TESTS";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path DOWNLOADS = Path.of("target", "browser-downloads");

    /** Generous: the machine may be busy; a wait ends as soon as its condition holds. */
    static final Duration WAIT = Duration.ofSeconds(30);

    /**
     * Selenium warns on every start that it has no DevTools bindings for this Chromium's version; the tests
     * use none (screenshots go through ChromeDriver's own CDP endpoint). Held here so the setting stays.
     */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profileDirectory;

    private Browser(ChromeDriver driver, Path profileDirectory) {
        this.driver = driver;
        this.profileDirectory = profileDirectory;
    }

    /** Skips the calling test class when the browser is missing and not required. */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "required".equalsIgnoreCase(System.getenv(REQUIRED_VARIABLE))) {
            fail(REQUIRED_VARIABLE + "=required, but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: install Debian's chromium and chromium-driver");
        }
        Assumptions.assumeTrue(installed, "browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                + " not installed (set " + REQUIRED_VARIABLE + "=required to make this a failure)");
    }

    static Browser start(int width, int height) {
        Path profile;
        try {
            profile = Files.createTempDirectory("custody-advisor-chromium-");
            Files.createDirectories(DOWNLOADS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // these flags keep Chromium from reaching out to the network on its own (the test machine has none)
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + width + "," + height, "--lang=en-US",
                // screenshots past the window keep the window's layout only without a scroll bar to take away
                "--hide-scrollbars");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", DOWNLOADS.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return new Browser(driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Sets the viewport width (the page reflows; no reload). */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The whole page, top to bottom, as target/screenshots/NAME.png. */
    Path screenshot(String name) {
        // the capture lays the page out without a scroll bar: the window's full width
        long width = ((Number) script("return window.innerWidth")).longValue();
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        return capture(name, 0, 0, width, height);
    }

    /** One element (e.g. the coverage map), as target/screenshots/NAME.png. */
    Path screenshot(String name, WebElement element) {
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) script("const r = arguments[0].getBoundingClientRect();"
                + "return {x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height};", element);
        return capture(name, box.get("x").doubleValue(), box.get("y").doubleValue(), box.get("w").doubleValue(),
                box.get("h").doubleValue());
    }

    private Path capture(String name, double x, double y, double width, double height) {
        Map<String, Object> clip = Map.of("x", x, "y", y, "width", Math.max(1, width), "height", Math.max(1, height),
                "scale", 1);
        // a capture past the window would draw the sticky bars over whatever lies at their place in the
        // page; unstuck for the capture, they stay where they are in the flow (sticky keeps their space)
        script("for (const el of document.querySelectorAll('body *')) {"
                + "  if (getComputedStyle(el).position === 'sticky') { el.dataset.unstuck = '1'; el.style.position = 'static'; }"
                + "}");
        Map<String, Object> shot;
        try {
            shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        } finally {
            script("for (const el of document.querySelectorAll('[data-unstuck]')) {"
                    + "  el.style.position = ''; delete el.dataset.unstuck; }");
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** What the page wrote to the console since the last call. */
    List<LogEntry> consoleEntries() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profileDirectory.toFile());
        }
    }

    private static void deleteQuietly(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteQuietly(child);
            }
        }
        if (!file.delete()) {
            file.deleteOnExit();
        }
    }
}
