package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cadregraph.cli.neo4j.DatabaseFolder;
import org.cadregraph.cli.neo4j.ServerMarker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Neo4j Browser in a real browser: {@code serve} on a small loaded graph, Debian's headless
 * Chromium driven through its own chromedriver (never one Selenium downloads), the connect link
 * {@code serve} prints, a query typed into the editor and run, and the graph view checked for the
 * persons' nodes by their captions. The screenshot stays in {@code target/browser-screenshot.png}.
 * Skips where Chromium or chromedriver is missing ({@code apt-get install chromium
 * chromium-driver}); the paths can be changed with {@code -Dcadregraph.chromium} and
 * {@code -Dcadregraph.chromedriver}.
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of(System.getProperty("cadregraph.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("cadregraph.chromedriver", "/usr/bin/chromedriver"));
  static final Path SCREENSHOT = Path.of("target", "browser-screenshot.png");
  private static final Duration WAIT = Duration.ofSeconds(40);

  @TempDir Path dir;

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void browserConnectsByTheServeLinkAndDrawsThePersonsOfTheGraph() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + " (apt-get install chromium)");
    assumeTrue(Files.isExecutable(CHROMEDRIVER),
        "no chromedriver at " + CHROMEDRIVER + " (apt-get install chromium-driver)");
    Path facts = FactFixture.write(dir.resolve("facts.jsonl"));
    DatabaseFolder folder = new DatabaseFolder(dir.resolve("db"));
    CliRun load = CliRun.run("load", facts.toString(), "--db", folder.toString(), "-q");
    assertThat(load.exit()).as(load.toString()).isZero();

    StringWriter serveOut = new StringWriter();
    StringWriter serveErr = new StringWriter();
    AtomicInteger serveExit = new AtomicInteger(-1);
    Thread serving = new Thread(() -> serveExit.set(Main.run(
        new String[] {"serve", "--db", folder.toString(), "--bolt-port", "0", "--http-port", "0"},
        new PrintWriter(serveOut, true), new PrintWriter(serveErr, true), Map.of())), "serve-for-browser");
    serving.start();
    WebDriver browser = null;
    try {
      ServerMarker marker = awaitMarker(folder, serving, serveErr);
      URI link = URI.create(Serving.connectLink(marker.browser()) + "&dbms="
          + URLEncoder.encode(marker.bolt().toString(), StandardCharsets.UTF_8));
      assertThat(serveOut.toString()).contains(Serving.connectLink(marker.browser()).toString());

      browser = chromium();
      browser.get(link.toString());
      WebDriverWait wait = new WebDriverWait(browser, WAIT);
      wait.until(d -> visible(d, By.cssSelector("[data-testid='activeEditor']")));
      // The link preselects "no authentication"; where the connect form still shows (a slow first
      // answer), its button connects without credentials.
      WebElement connect = visible(browser, By.cssSelector("[data-testid='connect']"));
      if (connect != null) {
        connect.click();
      }
      try {
        wait.until(d -> d.findElements(By.cssSelector("[data-testid='disconnectedBanner']")).isEmpty()
            && visible(d, By.cssSelector("[data-testid='connect']")) == null);
      } catch (TimeoutException e) {
        // Browser may still show its connect frame while the connection it made from the link
        // works; the query below is what decides.
      }
      // Browser connects in the background: a query sent before it has a connection answers
      // "No connection found", so the query is sent again until the graph view draws it.
      List<String> captions = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      WebDriverWait perTry = new WebDriverWait(browser, Duration.ofSeconds(15));
      while (captions == null) {
        WebElement connectAgain = visible(browser, By.cssSelector("[data-testid='connect']"));
        if (connectAgain != null) {
          connectAgain.click();
        }
        runInEditor(browser, "MATCH (p:Person) RETURN p");
        try {
          captions = perTry.until(d -> {
            List<String> seen = nodeCaptions(d);
            return seen.containsAll(FactFixture.PERSONS) ? seen : null;
          });
        } catch (TimeoutException e) {
          if (System.nanoTime() > deadline) {
            throw e;
          }
        }
      }
      Files.createDirectories(SCREENSHOT.getParent());
      File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);

      assertThat(captions).containsExactlyInAnyOrderElementsOf(FactFixture.PERSONS);
      assertThat(SCREENSHOT).isNotEmptyFile();
    } catch (RuntimeException | AssertionError e) {
      if (browser != null) {
        Files.createDirectories(SCREENSHOT.getParent());
        Files.writeString(Path.of("target", "browser-page.html"), browser.getPageSource());
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", "browser-failure.png"), StandardCopyOption.REPLACE_EXISTING);
      }
      throw e;
    } finally {
      if (browser != null) {
        browser.quit();
      }
      serving.interrupt();
      serving.join(TimeUnit.SECONDS.toMillis(60));
    }
    assertThat(serveExit.get()).as(serveErr.toString()).isZero();
  }

  /** Types {@code cypher} into Browser's active editor and runs it. */
  private static void runInEditor(WebDriver browser, String cypher) {
    WebElement editor = visible(browser, By.cssSelector("[data-testid='activeEditor']"));
    new Actions(browser).click(editor).perform();
    new Actions(browser).sendKeys(cypher).perform();
    browser.findElement(By.cssSelector("[data-testid='editor-Run']")).click();
  }

  /** The system's chromedriver and Chromium, with the flags that keep it headless, offline and fresh. */
  static WebDriver chromium() throws Exception {
    // An explicit driver and browser: Selenium Manager has nothing to find or download.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000",
        "--user-data-dir=" + Files.createTempDirectory("cadregraph-chromium"));
    return new ChromeDriver(service, options);
  }

  private static ServerMarker awaitMarker(DatabaseFolder folder, Thread serving, StringWriter err)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (ServerMarker.read(folder).isEmpty()) {
      assertThat(serving.isAlive()).as("serve ended early: %s", err).isTrue();
      assertThat(System.nanoTime()).as("serve did not start in time").isLessThan(deadline);
      Thread.sleep(100);
    }
    return ServerMarker.read(folder).orElseThrow();
  }

  private static WebElement visible(WebDriver driver, By by) {
    return driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
  }

  /**
   * The caption of each node the graph view draws: the texts of one SVG node group joined (a
   * long caption is split over several lines).
   */
  @SuppressWarnings("unchecked")
  private static List<String> nodeCaptions(WebDriver driver) {
    Object captions = ((ChromeDriver) driver).executeScript(
        "return Array.from(document.querySelectorAll('svg g.node')).map(n =>"
            + " Array.from(n.querySelectorAll('text')).map(t => t.textContent.trim())"
            + ".filter(t => t.length > 0).join(' '));");
    return ((List<Object>) captions).stream().map(Object::toString).toList();
  }
}
