package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.cadregraph.cli.neo4j.DatabaseFolder;
import org.cadregraph.cli.neo4j.ServerMarker;
import org.cadregraph.graph.query.SavedQueries;
import org.cadregraph.graph.query.SavedQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Neo4j Browser in a real browser, as a newcomer meets it: {@code serve} on a small loaded graph,
 * Debian's headless Chromium driven through its own chromedriver (never one Selenium downloads),
 * the link {@code serve} prints, Browser's own report that its connection works. Without any drag
 * or typing, Browser must then show the guide to the saved queries and have applied the project's
 * style (both fetched from the server by its post-connect command); a saved query picked from the
 * guide must put its {@code :param} lines and the query into the editor, run, and draw the person,
 * the post and the organization it returns: the person in the style's colour and captioned by name,
 * the post captioned by its role. Each drawn node is clicked and identified by the properties
 * Browser shows for it. The screenshots stay in {@code target/browser-guide-screenshot.png} (on
 * connect) and {@code target/browser-screenshot.png}. Skips where Chromium or chromedriver is
 * missing ({@code apt-get install chromium chromium-driver}); the paths can be changed with {@code
 * -Dcadregraph.chromium} and {@code -Dcadregraph.chromedriver}.
 */
class BrowserTest {
  static final Path CHROMIUM =
      Path.of(System.getProperty("cadregraph.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("cadregraph.chromedriver", "/usr/bin/chromedriver"));
  static final Path SCREENSHOT = Path.of("target", "browser-screenshot.png");
  static final Path GUIDE_SCREENSHOT = Path.of("target", "browser-guide-screenshot.png");
  private static final Duration WAIT = Duration.ofSeconds(40);

  /** The saved query that returns graph elements rather than rows, as the guide names it. */
  private static final String QUERY = "person-graph";

  /** The person the guide's example value of that query names (its header's example). */
  private static final String PERSON = "Jo Yong Won";

  /**
   * What {@link FactFixture} says of that person, as "label: caption" of each node the query draws.
   */
  private static final List<String> EXPECTED_NODES =
      List.of("Person: Jo Yong Won", "Post: secretary", "Organization: WPK Central Committee");

  /** The heading of the guide {@code serve} makes Browser open. */
  private static final String GUIDE_HEADING = "cadregraph: questions this graph answers";

  /**
   * What the style ({@code cypher/browser-style.grass}) gives a person; Browser's default differs.
   */
  private static final String PERSON_COLOUR = "#D9534F";

  private static final By NODES = By.cssSelector("svg g.node");

  @TempDir Path dir;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void browserOnConnectShowsTheGuideAndStyleAndDrawsAQueryPickedFromTheGuide() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + " (apt-get install chromium)");
    assumeTrue(
        Files.isExecutable(CHROMEDRIVER),
        "no chromedriver at " + CHROMEDRIVER + " (apt-get install chromium-driver)");
    SavedQuery query = SavedQueries.fromClasspath().get(QUERY);
    Path facts = FactFixture.write(dir.resolve("facts.jsonl"));
    DatabaseFolder folder = new DatabaseFolder(dir.resolve("db"));
    CliRun load = CliRun.run("load", facts.toString(), "--db", folder.toString(), "-q");
    assertThat(load.exit()).as(load.toString()).isZero();

    StringWriter serveOut = new StringWriter();
    StringWriter serveErr = new StringWriter();
    AtomicInteger serveExit = new AtomicInteger(-1);
    Thread serving =
        new Thread(
            () ->
                serveExit.set(
                    Main.run(
                        new String[] {
                          "serve", "--db", folder.toString(), "--bolt-port", "0", "--http-port", "0"
                        },
                        new PrintWriter(serveOut, true),
                        new PrintWriter(serveErr, true),
                        Map.of())),
            "serve-for-browser");
    serving.start();
    WebDriver browser = null;
    try {
      ServerMarker marker = awaitMarker(folder, serving, serveErr);
      String link = Serving.connectLink(marker.browser()).toString();
      assertThat(serveOut.toString()).contains(link);

      browser = chromium();
      browser.get(link);
      WebDriverWait wait = new WebDriverWait(browser, WAIT);
      // The link preselects "no authentication", so Browser's connect frame connects by itself.
      // Its connection is usable a moment before Browser counts it as made, and a query or a
      // screenshot taken in between shows "Still connecting...": wait for Browser's own word.
      wait.until(BrowserTest::connected);
      closeUsageDataBanner(browser);

      // Nothing typed or dragged: the post-connect command opened the guide and set the style.
      By section = By.cssSelector("[data-query='" + QUERY + "']");
      WebElement picked = wait.until(d -> visible(d, section));
      assertThat(frameTexts(browser)).anyMatch(t -> t.contains(GUIDE_HEADING));
      screenshot(browser, GUIDE_SCREENSHOT);
      // Its :param lines run at once from the icon before them; then its name puts the query
      // into the editor, which runs it.
      picked.findElement(By.cssSelector("pre[data-populate] i")).click();
      wait.until(
          d -> frameTexts(d).stream().anyMatch(t -> t.contains("\"name\": \"" + PERSON + "\"")));
      // Browser draws the guide anew when a frame is added: find the query again.
      visible(browser, section).findElement(By.cssSelector("a[data-populate]")).click();
      String script = wait.until(d -> editorText(d).contains("RETURN") ? editorText(d) : null);
      assertThat(script).contains(query.cypher());
      browser.findElement(By.cssSelector("[data-testid='editor-Run']")).click();
      List<WebElement> nodes = wait.until(settledGraph(EXPECTED_NODES.size()));

      assertThat(connectionBanners(browser)).isEmpty();
      assertThat(connected(browser)).as("Browser reports a working connection").isTrue();
      Map<String, DrawnNode> drawnByCaption = drawnNodes(browser);
      assertThat(drawnByCaption).containsKey(PERSON);
      assertThat(drawnByCaption.get(PERSON).fill()).isEqualToIgnoringCase(PERSON_COLOUR);
      assertThat(drawnByCaption.keySet())
          .as("the post's caption shows its role")
          .anyMatch(caption -> caption.startsWith("secretary"));
      screenshot(browser, SCREENSHOT);
      List<String> drawn = new ArrayList<>();
      for (WebElement node : nodes) {
        drawn.add(inspect(browser, wait, node));
      }
      assertThat(drawn).containsExactlyInAnyOrderElementsOf(EXPECTED_NODES);
      assertThat(SCREENSHOT).isNotEmptyFile();
    } catch (RuntimeException | AssertionError e) {
      if (browser != null) {
        Files.createDirectories(SCREENSHOT.getParent());
        Files.writeString(Path.of("target", "browser-page.html"), browser.getPageSource());
        screenshot(browser, Path.of("target", "browser-failure.png"));
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

  /**
   * Whether Browser itself counts the connection as made: its connect frame says the connection
   * works, and no banner says it is missing, still being made, lost or slow.
   */
  private static boolean connected(WebDriver browser) {
    return browser
            .findElement(By.tagName("body"))
            .getText()
            .contains("You have a working connection")
        && connectionBanners(browser).isEmpty();
  }

  /** The texts of the banners Browser shows above its frames while the connection is not made. */
  private static List<String> connectionBanners(WebDriver browser) {
    List<String> banners = new ArrayList<>();
    for (WebElement banner :
        browser.findElements(
            By.cssSelector(
                "[data-testid='disconnectedBanner'], [data-testid='reconnectBanner']"))) {
      banners.add(banner.getText());
    }
    // These two have no test id; their texts are Browser's own.
    for (WebElement banner :
        browser.findElements(
            By.xpath(
                "//*[normalize-space(text()) = 'Still connecting...' or normalize-space(text()) ="
                    + " 'Server is taking a long time to respond...']"))) {
      banners.add(banner.getText());
    }
    return banners;
  }

  /**
   * Browser asks a new user about usage data in a banner of its own; it has nothing to do with the
   * connection and is closed as a user would, so that the screenshot shows the graph.
   */
  private static void closeUsageDataBanner(WebDriver browser) {
    for (WebElement close :
        browser.findElements(
            By.xpath(
                "//span[starts-with(normalize-space(), 'To help make Neo4j Browser"
                    + " better')]/following-sibling::span"))) {
      close.click();
    }
  }

  /**
   * What Browser's editor shows: the text of its lines as drawn (all of them for a short script),
   * without the line numbers beside them; the editor draws spaces as no-break spaces.
   */
  private static String editorText(WebDriver browser) {
    WebElement editor =
        visible(browser, By.cssSelector("[data-testid='activeEditor'] .view-lines"));
    return editor == null ? "" : editor.getText().replace('\u00a0', ' ');
  }

  /** The text of each frame's result. */
  private static List<String> frameTexts(WebDriver browser) {
    return browser.findElements(By.cssSelector("[data-testid='frameContents']")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /**
   * The drawn nodes once there are {@code count} of them and the layout has stopped moving them
   * (same positions at two polls in a row), so that a click lands on the node it aims at.
   */
  private static Function<WebDriver, List<WebElement>> settledGraph(int count) {
    AtomicReference<List<String>> previous = new AtomicReference<>(List.of());
    return d -> {
      List<WebElement> nodes = d.findElements(NODES);
      List<String> positions = nodes.stream().map(n -> n.getAttribute("transform")).toList();
      boolean settled = nodes.size() == count && positions.equals(previous.getAndSet(positions));
      return settled ? nodes : null;
    };
  }

  /**
   * Clicks a drawn node and reads what Browser's details pane shows for it, once the pane shows
   * that node (its {@code <id>} is the one in the node's {@code graph-node<id>} label): its label
   * and its caption property ({@code role} for a post, {@code name} for the others).
   */
  private static String inspect(WebDriver browser, WebDriverWait wait, WebElement node) {
    String id = node.getAttribute("aria-label").replace("graph-node", "");
    node.click();
    Map<String, String> properties =
        wait.until(
            d -> {
              Map<String, String> shown = detailsPaneProperties(d);
              return id.equals(shown.get("<id>")) ? shown : null;
            });
    List<String> labels =
        browser
            .findElements(
                By.cssSelector(
                    "[data-testid='vizInspector']"
                        + " [data-testid^='property-details-overview-node-label-']"))
            .stream()
            .map(
                e ->
                    e.getAttribute("data-testid")
                        .replace("property-details-overview-node-label-", ""))
            .toList();
    return String.join(",", labels)
        + ": "
        + properties.get(labels.contains("Post") ? "role" : "name");
  }

  /** Property name to value, as the rows of Browser's details pane show them. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> detailsPaneProperties(WebDriver browser) {
    Object rows =
        ((ChromeDriver) browser)
            .executeScript(
                "const table ="
                    + " document.querySelector(\"[data-testid='viz-details-pane-properties-table']\");"
                    + " if (!table) return {}; return"
                    + " Object.fromEntries(Array.from(table.querySelectorAll('tr')).map(tr =>"
                    + " Array.from(tr.querySelectorAll('td')).map(td =>"
                    + " td.innerText.trim())).filter(cells => cells.length >= 2).map(cells =>"
                    + " [cells[0], cells[1]]));");
    return (Map<String, String>) rows;
  }

  /** A node as the graph view draws it: its caption and the colour of its circle. */
  private record DrawnNode(String caption, String fill) {}

  /**
   * The nodes the graph view draws, by caption: the texts of one SVG node group joined (a long
   * caption is split over several lines and may end cut short with an ellipsis), and the fill of
   * its circle.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, DrawnNode> drawnNodes(WebDriver driver) {
    Object nodes =
        ((ChromeDriver) driver)
            .executeScript(
                "return Array.from(document.querySelectorAll('svg g.node')).map(n => [Array.from("
                    + "n.querySelectorAll('text')).map(t => t.textContent.trim()).filter(t =>"
                    + " t.length > 0).join(' '), (n.querySelector('circle.b-outline') ||"
                    + " n.querySelector('circle')).getAttribute('fill')]);");
    Map<String, DrawnNode> byCaption = new LinkedHashMap<>();
    for (List<Object> node : (List<List<Object>>) nodes) {
      String caption = String.valueOf(node.get(0));
      byCaption.put(caption, new DrawnNode(caption, String.valueOf(node.get(1))));
    }
    return byCaption;
  }

  private static void screenshot(WebDriver browser, Path to) throws IOException {
    Files.createDirectories(to.toAbsolutePath().getParent());
    File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * The system's chromedriver and Chromium, with the flags that keep it headless, offline and
   * fresh.
   */
  static WebDriver chromium() throws Exception {
    // An explicit driver and browser: Selenium Manager has nothing to find or download.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
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
        "--window-size=1400,1000",
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
    return driver.findElements(by).stream()
        .filter(WebElement::isDisplayed)
        .findFirst()
        .orElse(null);
  }
}
