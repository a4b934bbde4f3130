package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Command lines that are wrong end with exit code 2 and a message, before any work is done. */
class UsageErrorsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "frobnicate",
        "load",
        "extract",
        "query",
        "query --nosuchoption x",
        "query --format xml RETURN_1",
        "serve --bolt-port seven",
        "load --threads many x.txt",
        "report",
        "report person X",
        "report leadership --from 2024 --out x.html",
        "report body",
      })
  void malformedCommandLineExitsWithUsage(String line) {
    CliRun run = CliRun.run(line.isEmpty() ? new String[0] : line.split(" "));

    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).startsWith("cadregraph: ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void queryNeedsExactlyOneSource() {
    assertThat(CliRun.run("query", "--db", dir.toString()).exit()).isEqualTo(2);
    CliRun two = CliRun.run("query", "RETURN 1", "--name", "current-posts", "--db", dir.toString());
    assertThat(two.exit()).isEqualTo(2);
    assertThat(two.err()).contains("exactly one of");
  }

  @Test
  void dbAndUriTogetherAreAUsageError() {
    CliRun run =
        CliRun.run("query", "RETURN 1", "--db", dir.toString(), "--uri", "bolt://127.0.0.1:1");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("either --db or --uri");
  }

  @Test
  void uriWithoutSchemeIsAUsageError() {
    CliRun run = CliRun.run("query", "RETURN 1", "--uri", "localhost");

    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("--uri 'localhost'");
  }

  @Test
  void unsupportedUriSchemeIsAUsageError() {
    CliRun run = CliRun.run("query", "RETURN 1", "--uri", "http://127.0.0.1:7474");

    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("bolt://");
  }

  @Test
  void badParamIsAUsageError() {
    CliRun run = CliRun.run("query", "RETURN $x", "--param", "x", "--db", dir.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("KEY=VALUE");
  }

  @Test
  void unknownSavedQueryIsAUsageErrorListingTheValidNames() {
    CliRun run = CliRun.run("query", "--name", "no-such-query", "--db", dir.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no-such-query").contains("current-posts");
  }

  @Test
  void badExtractionOptionsAreUsageErrors() {
    assertThat(CliRun.run("extract", "--date", "April 2021", dir.toString()).exit()).isEqualTo(2);
    assertThat(CliRun.run("extract", "--threads", "0", dir.toString()).exit()).isEqualTo(2);
    assertThat(CliRun.run("extract", "--year", "21", dir.toString()).exit()).isEqualTo(2);
  }

  @Test
  void loadServeWithUriIsAUsageError() {
    CliRun run = CliRun.run("load", "--serve", "--uri", "bolt://127.0.0.1:1", dir.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--serve");
  }

  @Test
  void serveOnAPortOutOfRangeIsAUsageError() {
    CliRun run = CliRun.run("serve", "--db", dir.resolve("db").toString(), "--bolt-port", "70000");

    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("--bolt-port");
  }

  @Test
  void userWithoutUriIsAUsageError() {
    CliRun run = CliRun.run(Map.of(), "query", "RETURN 1", "--user", "neo4j");

    assertThat(run.exit()).isEqualTo(2);
  }

  @Test
  void listeningBeyondLoopbackWithoutAPasswordIsAUsageError() {
    CliRun run = CliRun.run("serve", "--db", dir.resolve("db").toString(), "--listen", "0.0.0.0");

    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("needs a password");
    assertThat(dir.resolve("db")).doesNotExist();
  }

  @Test
  void tooShortAPasswordIsAUsageError() throws Exception {
    Path password = java.nio.file.Files.writeString(dir.resolve("pw"), "short\n");

    CliRun run =
        CliRun.run(
            "serve",
            "--db",
            dir.resolve("db").toString(),
            "--listen",
            "0.0.0.0",
            "--password-file",
            password.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("at least 8 characters").doesNotContain("short");
  }
}
