package org.gioreport.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.gioreport.cli.CliRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review page in a real browser: Debian's headless Chromium, driven by Selenium through Debian's
 * chromedriver (named explicitly, so that Selenium Manager downloads nothing). {@code .ci/run} installs both
 * when they are missing; elsewhere the test is skipped with the command that enables it, and
 * {@link ReviewPageTest} still checks the page's structure.
 */
class ReviewPageBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOT = Path.of("target", "review-page.png");

    @TempDir
    Path dir;
    ChromeDriver browser;

    @BeforeEach
    void startChromium() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no browser: the review page's browser test needs Debian's chromium and chromedriver"
                        + " (apt-get install chromium chromium-driver; .ci/run installs them)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aValueShowsItsSourceLineOnClickAndACrossCheckBreakIsMarkedOnItsCells() throws IOException {
        Path page = dir.resolve("review.html");
        CliRun.of("review", ReviewPageTest.results(dir), "-o", page);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        browser.get(page.toUri() + "#r=1");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        assertEquals(6, browser.findElements(By.cssSelector("#report-list tbody tr")).size());
        assertEquals("建宁县均口镇人民政府 · 2020", browser.findElement(By.cssSelector("#detail h2")).getText());
        WebElement received = browser.findElement(By.cssSelector("td.v[data-path='applications.newlyReceived.total']"));
        assertEquals("6", received.getText());
        assertTrue(received.getAttribute("title").contains("read from line"), received.getAttribute("title"));
        received.click();
        WebElement provenance = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("provenance")));
        String source = provenance.findElement(By.cssSelector("pre.source-text")).getText();
        assertTrue(source.contains("本年新收") && source.contains("6"), source);
        assertTrue(provenance.findElement(By.cssSelector(".where")).getText().startsWith("read from line "));

        browser.findElement(By.cssSelector("#report-list tbody tr[data-index='5']")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#detail h2"), "临川市自然资源和规划局 · 2020"));
        WebElement total = browser.findElement(By.cssSelector("td.v[data-path='applications.totalHandled.total']"));
        assertEquals("966", total.getText());
        assertTrue(total.getAttribute("class").contains("break"), total.getAttribute("class"));
        List<WebElement> marked = browser.findElements(By.cssSelector("td.v.break"));
        assertTrue(marked.size() > 7, "every cell the breaks involve is marked: " + marked.size());
        assertTrue(!browser.findElement(By.cssSelector("td.v[data-path='applications.newlyReceived.naturalPerson']"))
                .getAttribute("class").contains("break"), "a cell no break involves is not marked");
        new Actions(browser).moveToElement(total).click().perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#provenance .break-note")));
        String notes = String.join("\n", browser.findElements(By.cssSelector("#provenance .break-note")).stream()
                .map(WebElement::getText).toList());
        assertTrue(notes.contains("CROSSCHECK_ROW_TOTAL") && notes.contains("总计 is 966"), notes);

        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(SCREENSHOT) > 10_000, "a screenshot of the page: " + SCREENSHOT.toAbsolutePath());
    }
}
