package vn.dvc.adapter.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dvc.adapter.admin.AdminSystems;

/**
 * The console in real headless Chromium (Debian's chromium and chromedriver, which bin/test installs) at a
 * laptop's 1366×768, for the browser tests: signing in, waiting for an element, what the browser measured
 * and which fonts it drew with, and screenshots in target/screenshots/.
 */
abstract class ConsoleBrowser extends AdminSystems {

    static final Path SHOTS = Path.of("target", "screenshots");

    WebDriver browser;
    Path profile;

    @BeforeEach
    void start() throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,768", "--lang=vi", "--user-data-dir=" + profile);
        browser = new ChromeDriver(options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        Files.createDirectories(SHOTS);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    void login(String user) {
        browser.get(url("/login"));
        if (ADMIN.equals(user)) {
            // one wrong password first: the audit log shows it
            browser.findElement(By.id("username")).sendKeys(user);
            browser.findElement(By.id("password")).sendKeys("wrong");
            browser.findElement(By.id("login-submit")).click();
            assertThat(browser.findElement(By.id("login-error")).getText()).contains("không đúng");
            browser.get(url("/login"));   // a fresh form: typing into the page still loading lost the password once
        }
        type("username", user);
        type("password", user + "-pw");
        browser.findElement(By.id("login-submit")).click();
        // the click may return before the browser has followed the redirect (CI saw /login once on a busy
        // machine): wait for the page that comes after the form, or for the form's error
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().contains("/login")
                || !d.findElements(By.id("login-error")).isEmpty());
        assertThat(browser.getCurrentUrl()).as(() -> "signed in as " + user + ", or the form's error: "
                + browser.findElements(By.id("login-error")).stream().map(WebElement::getText).toList()).doesNotContain("/login");
    }

    /** Types into a field until it holds the text: keys sent while the page was still loading were lost once. */
    private void type(String id, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            WebElement field = d.findElement(By.id(id));
            if (!text.equals(field.getDomProperty("value"))) {
                field.clear();
                field.sendKeys(text);
            }
            return text.equals(field.getDomProperty("value"));
        });
    }

    void waitFor(String css) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** A script's function {@code linesOf(element)}: the lines the browser broke an element's text into. */
    static final String LINES_OF = "function linesOf(e) { var r = document.createRange(); r.selectNodeContents(e); var tops = {};"
            + " Array.from(r.getClientRects()).forEach(function (c) { if (c.width > 0) tops[Math.round(c.top)] = 1; });"
            + " return Object.keys(tops).length; }";

    /** Whether the element's content fits inside it, nothing cut or scrolled. */
    boolean fits(WebElement element) {
        return (Boolean) js("var e = arguments[0]; return e.scrollWidth <= e.clientWidth;", element);
    }

    /**
     * What the browser actually drew an element's text with, not what the style sheet asks for: Chromium's
     * DevTools report the platform fonts that rendered it. A font lacking a precomposed Vietnamese letter
     * (ữ, ặ, ở…) makes Chromium draw it from a second font, or as a base letter plus a combining mark.
     */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> fontsOf(String css) {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("DOM.enable", Map.of());
        chrome.executeCdpCommand("CSS.enable", Map.of());
        Map<String, Object> root = (Map<String, Object>) chrome.executeCdpCommand("DOM.getDocument", Map.of("depth", 0)).get("root");
        Object node = chrome.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root.get("nodeId"), "selector", css)).get("nodeId");
        return (List<Map<String, Object>>) chrome.executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", node)).get("fonts");
    }

    void shot(String name) {
        try {
            Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
