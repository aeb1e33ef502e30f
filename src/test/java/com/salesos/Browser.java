package com.salesos;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through /usr/bin/chromedriver (set explicitly, so Selenium Manager never
 * downloads anything), with a fresh profile.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    private Browser(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
    }

    /** Skips the calling tests (a JUnit assumption) when Debian's chromium or its driver is not installed. */
    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed");
    }

    /** Starts the browser for the application at {@code baseUrl}. */
    public static Browser start(String baseUrl) throws IOException {
        assumeInstalled();
        Path profile = Files.createTempDirectory("salesos-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en",
                // scrollbars as on a phone: over the page, taking none of its width
                "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile, baseUrl);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Signs out (forgets the session) and signs in through the login form. */
    public void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(By.cssSelector("header.top .logout"));
    }

    public WebElement waitFor(By locator) {
        return waitFor(locator, Duration.ofSeconds(15));
    }

    /** Waits for a visible element as long as {@code patience}: for answers that take seconds on a busy machine. */
    public WebElement waitFor(By locator, Duration patience) {
        return new WebDriverWait(driver, patience).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the element's text contains {@code text}, e.g. an htmx fragment swapped in after typing. */
    public WebElement waitForText(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        return driver.findElement(locator);
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * Saves a PNG of the whole page at the given width under the folder named by the system property
     * {@code salesos.screenshots} ({@code target/screenshots} when unset). The window keeps its height (900 px) and
     * the page is captured beyond it, so layouts sized by the viewport ({@code vh}) look as they do on screen.
     */
    public Path screenshot(String name, int width) throws IOException {
        driver.manage().window().setSize(new Dimension(width, 900));
        script("window.scrollTo(0, 0)");
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        double height = ((Number) ((Map<?, ?>) metrics.get("cssContentSize")).get("height")).doubleValue();
        double shown = ((Number) ((Map<?, ?>) metrics.get("cssLayoutViewport")).get("clientWidth")).doubleValue();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", shown,
                        "height", Math.min(Math.max(height, 600), 3000), "scale", 1)));
        Path dir = Path.of(System.getProperty("salesos.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        driver.manage().window().setSize(new Dimension(1280, 900));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
