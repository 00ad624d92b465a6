package org.orienta.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through Selenium, with the waits Vaadin needs and a screenshot of every
 * page it is asked to record, kept under target/screenshots for when a journey fails.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final Path screenshots;
    private int shot;

    public Browser(String baseUrl, String journey, int width, int height) {
        this(baseUrl, journey, width, height, null);
    }

    /** A browser whose language (Accept-Language and navigator.language) is the given one, e.g. "hr". */
    public Browser(String baseUrl, String journey, int width, int height, @Nullable String language) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser journeys need Debian's chromium and chromium-driver: "
                    + "sudo apt-get install -y chromium chromium-driver (or skip them with -DskipITs)");
        }
        try {
            var profile = Files.createTempDirectory("orienta-chromium");
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=" + width + "," + height,
                    "--user-data-dir=" + profile);
            if (language != null) {
                options.addArguments("--lang=" + language);
                options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            }
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                    .build();
            var chrome = new ChromeDriver(service, options);
            if (width < 500) {
                // Headless Chromium will not make a window narrower than 500 px; emulate the phone's viewport instead.
                chrome.executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
            }
            this.driver = chrome;
            this.screenshots = Files.createDirectories(Path.of("target", "screenshots", journey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.baseUrl = baseUrl;
    }

    public void open(String path) {
        driver.get(baseUrl + "/" + path);
        settle();
    }

    /** The current address relative to Orienta's root, without the leading slash: "", "people", "login?error". */
    public String path() {
        var url = driver.getCurrentUrl();
        var path = url == null ? "" : url.substring(baseUrl.length());
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** Waits until Vaadin has finished its round trips, so the page shows the server's answer. */
    public void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                return document.readyState === 'complete' && !!window.Vaadin && !!window.Vaadin.Flow
                  && !!window.Vaadin.Flow.clients
                  && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());""")));
    }

    public WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits for an element, scrolls it into view (a page may have moved focus further down) and returns it. */
    public WebElement reveal(String css) {
        var element = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return wait.until(ExpectedConditions.visibilityOf(element));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * Waits for the text as shown (which includes a web component's shadow content) or as written in the
     * page (whatever CSS does to it, such as upper case).
     */
    public void waitForText(String css, String text) {
        wait.until(d -> {
            var element = d.findElement(By.cssSelector(css));
            var content = element.getDomProperty("textContent");
            return element.getText().contains(text) || content != null && content.contains(text);
        });
    }

    /** Waits until the address (ignoring any query, such as Spring Security's "?continue") is this path. */
    public void waitForPath(String path) {
        wait.until(d -> path().replaceFirst("\\?.*$", "").equals(path));
        settle();
    }

    public void waitForPathStarting(String prefix) {
        wait.until(d -> path().startsWith(prefix));
        settle();
    }

    public void type(String css, String text) {
        var input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Clicks once the element is in view, standing still and not covered: the players scroll smoothly to
     * new content, and a click computed mid-scroll lands on whatever is passing under the pointer.
     */
    public void click(String css) {
        clickWhenStill(d -> d.findElement(By.cssSelector(css)));
    }

    /** {@link #click(String)} for an element found otherwise, e.g. a radio button picked by its label. */
    public void click(WebElement element) {
        clickWhenStill(d -> element);
    }

    private void clickWhenStill(java.util.function.Function<WebDriver, WebElement> target) {
        try {
            tryClickWhenStill(target);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new org.openqa.selenium.TimeoutException("could not click: " + whyNotClickable(target), e);
        }
    }

    /** What stood in the way of a click, for the failure message: hidden, disabled, or covered by what. */
    private String whyNotClickable(java.util.function.Function<WebDriver, WebElement> target) {
        try {
            var element = target.apply(driver);
            return String.valueOf(((JavascriptExecutor) driver)
                    .executeScript("""
                    const el = arguments[0];
                    const r = el.getBoundingClientRect();
                    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                    return `${el.tagName}#${el.id} displayed=${arguments[1]} enabled=${arguments[2]}`
                      + ` at ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)}`
                      + ` in ${innerWidth}x${innerHeight}; on top there: `
                      + (top ? `${top.tagName}#${top.id}.${top.className}` : 'nothing');""", element, element.isDisplayed(), element.isEnabled()));
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private void tryClickWhenStill(java.util.function.Function<WebDriver, WebElement> target) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            var element = target.apply(d);
            // Into view first: WebDriver counts an element scrolled out of its scrolling container as not displayed.
            ((JavascriptExecutor) d)
                    .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            var still = Boolean.TRUE.equals(((JavascriptExecutor) d).executeAsyncScript("""
                    const [el, done] = arguments;
                    el.scrollIntoView({block: 'center', behavior: 'instant'});
                    const before = el.getBoundingClientRect().top;
                    requestAnimationFrame(() => requestAnimationFrame(() =>
                      done(Math.abs(el.getBoundingClientRect().top - before) < 0.5)));""", element));
            if (!still) {
                return false;
            }
            try {
                element.click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                return false;
            }
        });
        settle();
    }

    public void signIn(String username, String password) {
        open("login");
        type("#vaadinLoginUsername input", username);
        type("#vaadinLoginPassword input", password);
        click("vaadin-button[slot='submit']");
    }

    public void signOut() {
        click("#user-menu vaadin-menu-bar-button");
        click("vaadin-menu-bar-item#menu-logout");
        waitForPath("login");
    }

    /**
     * Downloads what a link points at, as the signed-in person (the browser's session cookie), so a test
     * can open the file a person would get.
     */
    public byte[] download(String linkCss) {
        // Present is enough: a link scrolled away inside the page is still what a person would click.
        var href = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(linkCss)))
                .getDomAttribute("href");
        var uri = java.net.URI.create(baseUrl + "/").resolve(href);
        var cookies = String.join(
                "; ",
                driver.manage().getCookies().stream()
                        .map(c -> c.getName() + "=" + c.getValue())
                        .toList());
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            var response = client.send(
                    java.net.http.HttpRequest.newBuilder(uri)
                            .header("Cookie", cookies)
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("download of " + uri + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Chooses a file in a vaadin-upload, as a person picking it in the file dialog would. */
    public void upload(String uploadCss, java.nio.file.Path file) {
        var input = wait.until(d -> {
            var host = d.findElement(By.cssSelector(uploadCss));
            var inShadow = host.getShadowRoot().findElements(By.cssSelector("input[type=file]"));
            return inShadow.isEmpty() ? host.findElement(By.cssSelector("input[type=file]")) : inShadow.getFirst();
        });
        input.sendKeys(file.toAbsolutePath().toString());
        settle();
    }

    public WebDriver driver() {
        return driver;
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** Saves a screenshot named after this step of the journey. */
    public void record(String step) {
        try {
            var file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(
                    file.toPath(),
                    screenshots.resolve(String.format("%02d-%s.png", ++shot, step)),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            record("last");
        } finally {
            driver.quit();
        }
    }
}
