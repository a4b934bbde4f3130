package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.cadregraph.cli.neo4j.DatabaseFolder;
import org.cadregraph.cli.neo4j.Neo4jConnection;
import org.cadregraph.cli.neo4j.Neo4jConnector;
import org.cadregraph.cli.neo4j.Neo4jTarget;
import org.cadregraph.cli.neo4j.ServerMarker;
import org.cadregraph.facts.ArticleInfo;
import org.cadregraph.facts.EventFact;
import org.cadregraph.facts.EventKind;
import org.cadregraph.facts.Evidence;
import org.cadregraph.facts.FactWriter;
import org.cadregraph.facts.Holds;
import org.cadregraph.facts.Participation;
import org.cadregraph.facts.ParticipationKind;
import org.cadregraph.facts.PostStatus;
import org.cadregraph.graph.query.SavedQueries;
import org.cadregraph.graph.query.SavedQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The three {@code report} pages on a small graph, opened from disk in Debian's headless Chromium
 * as a reader would open a mailed or archived page: each names its person or body, draws one mark
 * per row of the saved query behind each chart (counted through ECharts' own API, the rows by
 * running the query again), shows the note instead of a chart for a query without rows, and logs no
 * console error. Skips where Chromium or chromedriver is missing, as {@link BrowserTest} does. The
 * screenshots stay in {@code target/report-*.png}.
 */
class ReportPagesTest {
  private static final String PERSON = "Choe Ryong Hae";
  private static final String BODY = "Political Bureau of the WPK Central Committee";

  /** The marks ECharts drew for each chart of the page, by the saved query behind the chart. */
  private static final String MARKS =
      """
      var marks = {};
      document.querySelectorAll('[data-chart]').forEach(function (el) {
        var chart = echarts.getInstanceByDom(el);
        marks[el.dataset.query] = chart.getOption().series
          .map(function (s) { return s.data.length; })
          .reduce(function (a, b) { return a + b; }, 0);
      });
      return marks;
      """;

  @Test
  @Timeout(240)
  void eachPageDrawsOneMarkPerQueryRowOffline(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("db");
    CliRun load =
        CliRun.run(
            "load", writeFacts(dir.resolve("facts.jsonl")).toString(), "--db", db.toString(), "-q");
    assertThat(load.exit()).as(load.toString()).isZero();
    // One server for every command after the load: each would otherwise open the store anew.
    StringWriter serveErr = new StringWriter();
    Thread serving =
        new Thread(
            () ->
                Main.run(
                    new String[] {
                      "serve", "--db", db.toString(), "--bolt-port", "0", "--http-port", "0"
                    },
                    new PrintWriter(new StringWriter(), true),
                    new PrintWriter(serveErr, true),
                    Map.of()),
            "serve-for-reports");
    serving.start();
    try {
      awaitMarker(new DatabaseFolder(db), serving, serveErr);
      reportsDrawOneMarkPerQueryRow(dir, db);
    } finally {
      serving.interrupt();
      serving.join(TimeUnit.SECONDS.toMillis(60));
    }
  }

  private static void reportsDrawOneMarkPerQueryRow(Path dir, Path db) throws Exception {
    Path person = dir.resolve("person.html");
    Path leadership = dir.resolve("leadership.html");
    Path body = dir.resolve("body.html");
    for (List<String> args :
        List.of(
            List.of("report", "person", "Choe Ryong-hae", "--out", person.toString()),
            List.of(
                "report",
                "leadership",
                "--from",
                "2024",
                "--to",
                "2024",
                "--out",
                leadership.toString()),
            List.of("report", "body", BODY, "--out", body.toString()))) {
      List<String> all = new ArrayList<>(args);
      all.addAll(List.of("--db", db.toString(), "-q"));
      CliRun run = CliRun.run(all.toArray(String[]::new));
      assertThat(run.exit()).as(run.toString()).isZero();
      assertThat(run.out()).startsWith("wrote ");
    }
    Path nobody = dir.resolve("nobody.html");
    CliRun unknown =
        CliRun.run(
            "report",
            "person",
            "Nobody Known",
            "--out",
            nobody.toString(),
            "--db",
            db.toString(),
            "-q");
    assertThat(unknown.exit()).as(unknown.toString()).isEqualTo(1);
    assertThat(unknown.err()).contains("no person 'Nobody Known'");
    assertThat(nobody).doesNotExist();
    Map<String, Integer> personRows = new LinkedHashMap<>();
    Map<String, Integer> leadershipRows = new LinkedHashMap<>();
    Map<String, Integer> bodyRows = new LinkedHashMap<>();
    try (Neo4jConnection neo4j =
        new Neo4jConnector(note -> {})
            .connect(new Neo4jTarget.Folder(new DatabaseFolder(db), null))) {
      Map<String, Object> name = Map.of("name", PERSON);
      personRows.put("career-timeline", rows(neo4j, "career-timeline", name));
      personRows.put("protocol-rank", rows(neo4j, "protocol-rank", name));
      personRows.put("frequent-companions", rows(neo4j, "frequent-companions", name));
      Map<String, Object> period = Map.of("from", "2024", "to", "2024");
      leadershipRows.put("leader-appearances", rows(neo4j, "leader-appearances", period));
      leadershipRows.put("entourage-frequency", rows(neo4j, "entourage-frequency", period));
      leadershipRows.put("entourage-change", rows(neo4j, "entourage-change", period));
      bodyRows.put("body-membership", rows(neo4j, "body-membership", Map.of("body", BODY)));
    }
    // The fixture gives every chart rows, except protocol rank: no report has list order yet.
    assertThat(personRows)
        .containsEntry("career-timeline", 6)
        .containsEntry("protocol-rank", 0)
        .containsEntry("frequent-companions", 4);
    assertThat(leadershipRows)
        .containsEntry("leader-appearances", 2)
        .containsEntry("entourage-frequency", 3)
        .containsEntry("entourage-change", 3);
    assertThat(bodyRows).containsEntry("body-membership", 4);
    assertThat(Files.readString(person)).contains("Licensed to the Apache Software Foundation");

    assumeTrue(
        Files.isExecutable(BrowserTest.CHROMIUM),
        "no Chromium at " + BrowserTest.CHROMIUM + " (apt-get install chromium)");
    assumeTrue(
        Files.isExecutable(BrowserTest.CHROMEDRIVER),
        "no chromedriver at " + BrowserTest.CHROMEDRIVER + " (apt-get install chromium-driver)");
    WebDriver browser = chromium();
    try {
      check(browser, person, PERSON, personRows, "report-person.png");
      assertThat(browser.findElement(By.cssSelector(".empty[data-query=protocol-rank]")).getText())
          .contains("No rank data in the loaded reports");
      check(browser, leadership, "Kim Jong Un", leadershipRows, "report-leadership.png");
      assertThat(browser.findElements(By.cssSelector("table[data-query=entourage-frequency] tr")))
          .hasSize(leadershipRows.get("entourage-frequency") + 1);
      check(browser, body, BODY, bodyRows, "report-body.png");
      assertThat(browser.findElements(By.cssSelector("table[data-query=members-of-body] tr")))
          .hasSize(4); // heading and three members
    } finally {
      browser.quit();
    }
  }

  private static void awaitMarker(DatabaseFolder folder, Thread serving, StringWriter err)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (ServerMarker.read(folder).isEmpty()) {
      assertThat(serving.isAlive()).as("serve ended early: %s", err).isTrue();
      assertThat(System.nanoTime()).as("serve did not start in time").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private static void check(
      WebDriver browser, Path page, String name, Map<String, Integer> rows, String screenshot)
      throws IOException {
    browser.get(page.toUri().toString());
    assertThat(browser.findElement(By.tagName("body")).getText()).contains(name);
    @SuppressWarnings("unchecked")
    Map<String, Object> marks =
        (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(MARKS);
    Map<String, Integer> drawn = new LinkedHashMap<>();
    marks.forEach((query, count) -> drawn.put(query, ((Number) count).intValue()));
    Map<String, Integer> expected = new LinkedHashMap<>(rows);
    expected.values().removeIf(count -> count == 0);
    assertThat(drawn).as(page.getFileName().toString()).isEqualTo(expected);
    // Drawn, not only configured: the SVG renderer made the shapes.
    assertThat(browser.findElements(By.cssSelector("[data-chart] svg path"))).isNotEmpty();
    List<LogEntry> errors =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
            .toList();
    assertThat(errors).as("console of " + page.getFileName()).isEmpty();
    File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), Path.of("target", screenshot), StandardCopyOption.REPLACE_EXISTING);
  }

  private static int rows(Neo4jConnection neo4j, String name, Map<String, Object> given) {
    SavedQuery query = SavedQueries.fromClasspath().get(name);
    try (Session session = neo4j.driver().session()) {
      return session.executeRead(
          tx -> tx.run(query.cypher(), query.parameters(given)).list().size());
    }
  }

  /** {@link BrowserTest#chromium()}'s browser, keeping the console's messages for the test. */
  private static WebDriver chromium() throws IOException {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserTest.CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1200,1400",
        "--user-data-dir=" + Files.createTempDirectory("cadregraph-chromium"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    return new ChromeDriver(service, options);
  }

  /**
   * Three reports of 2023 and 2024: events the leader guided, a person with posts (one former) and
   * companions, and a body listed in each report.
   */
  private static Path writeFacts(Path file) throws IOException {
    Evidence evidence = new Evidence("A sentence of the report.", 0, 25);
    String pb = "Political Bureau";
    String cc = "WPK Central Committee";
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        FactWriter facts = new FactWriter(out)) {
      // 2023: the period before 2024, for appeared and vanished.
      article(facts, "a1.txt", "2023-05-10");
      facts.write(event("a1.txt", "inspection of a farm", "2023-05-10", evidence));
      took(facts, "a1.txt", "inspection of a farm", evidence, "Kim Jong Un", "Ri Il Hwan", PERSON);
      facts.write(
          new Holds(
              "a1.txt",
              PERSON,
              null,
              "member of the Presidium",
              BODY,
              List.of(pb, cc),
              PostStatus.CURRENT,
              null,
              null,
              evidence));
      facts.write(
          new Holds(
              "a1.txt",
              "Ri Il Hwan",
              null,
              "member",
              BODY,
              List.of(pb, cc),
              PostStatus.CURRENT,
              null,
              null,
              evidence));
      article(facts, "a2.txt", "2024-02-03");
      facts.write(event("a2.txt", "meeting on the economy", "2024-02-03", evidence));
      took(
          facts,
          "a2.txt",
          "meeting on the economy",
          evidence,
          "Kim Jong Un",
          PERSON,
          "Jo Yong Won");
      facts.write(
          new Holds(
              "a2.txt",
              PERSON,
              null,
              "member of the Presidium",
              BODY,
              List.of(pb, cc),
              PostStatus.CURRENT,
              null,
              null,
              evidence));
      facts.write(
          new Holds(
              "a2.txt",
              PERSON,
              null,
              "chairman",
              "SPA Standing Committee",
              List.of(),
              PostStatus.CURRENT,
              null,
              null,
              evidence));
      article(facts, "a3.txt", "2024-07-20");
      facts.write(event("a3.txt", "visit to a factory", "2024-07-20", evidence));
      took(
          facts,
          "a3.txt",
          "visit to a factory",
          evidence,
          "Kim Jong Un",
          PERSON,
          "Jo Yong Won",
          "Pak Thae Song");
      facts.write(
          new Holds(
              "a3.txt",
              "Jo Yong Won",
              null,
              "member",
              BODY,
              List.of(pb, cc),
              PostStatus.CURRENT,
              null,
              null,
              evidence));
      facts.write(
          new Holds(
              "a3.txt",
              PERSON,
              null,
              "first vice-president",
              "State Affairs Commission",
              List.of(),
              PostStatus.FORMER,
              null,
              null,
              evidence));
    }
    return file;
  }

  private static void article(FactWriter facts, String id, String date) throws IOException {
    facts.write(
        new ArticleInfo(
            id, "Report " + id, date, "dateline", null, "KCNA", id, "hash-" + id, "test", 20));
  }

  private static EventFact event(String article, String name, String date, Evidence evidence) {
    return new EventFact(article, name, EventKind.INSPECTION, date, "Kim Jong Un", evidence);
  }

  private static void took(
      FactWriter facts,
      String article,
      String event,
      Evidence evidence,
      String leader,
      String... others)
      throws IOException {
    facts.write(
        new Participation(article, event, leader, null, ParticipationKind.GUIDED, null, evidence));
    for (String person : others) {
      facts.write(
          new Participation(
              article, event, person, null, ParticipationKind.ATTENDED, null, evidence));
    }
  }
}
