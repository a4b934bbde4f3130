package org.cadregraph.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server is killed in the middle of a {@code load --uri}: the load stops with exit 3 and one
 * sentence that says how many articles it wrote; once the server is back, the next load skips those
 * and writes the rest, and the graph is that of one clean load.
 */
@Tag("faults")
class LostConnectionTest {
  private static final int ARTICLES = 60;
  private static final Pattern LOST = Pattern.compile("(\\d+) articles were written in this run");
  private static final Pattern UNCHANGED =
      Pattern.compile("(\\d+) written, \\d+ replaced, (\\d+) unchanged");

  @TempDir Path dir;

  @Test
  void serverLostMidLoadStopsWithTheCountAndTheNextLoadFinishesTheRest() throws Exception {
    Path facts = FaultCorpus.write(dir.resolve("facts.jsonl"), ARTICLES, 77L);
    Path logs = dir.resolve("logs");
    Path db = dir.resolve("served");

    ServedDatabase.Run interrupted;
    long stoppedAfterKill;
    try (ServedDatabase server = ServedDatabase.start(logs, "serve-1", db)) {
      CompletableFuture<ServedDatabase.Run> load =
          CompletableFuture.supplyAsync(
              () ->
                  ServedDatabase.Run.of(
                      "load",
                      facts.toString(),
                      "--uri",
                      server.bolt().toString(),
                      "--batch-size",
                      "5"));
      // Kill once some batches are committed, so the failure falls in the middle of the load.
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (server.count("MATCH (a:Article) RETURN count(a)") < 10) {
        assertThat(load.isDone())
            .as("the load ended before the server was killed: %s", load.getNow(null))
            .isFalse();
        assertThat(System.nanoTime()).as("no article was written in time").isLessThan(deadline);
        Thread.sleep(20);
      }
      server.kill();
      long killed = System.nanoTime();
      interrupted = load.get(3, TimeUnit.MINUTES);
      stoppedAfterKill = Duration.ofNanos(System.nanoTime() - killed).toMillis();
    }
    System.out.println(
        "LostConnectionTest: stopped " + stoppedAfterKill + " ms after the kill: " + interrupted);

    assertThat(interrupted.exit()).as("%s", interrupted).isEqualTo(3);
    assertThat(interrupted.err())
        .as("one sentence, no stack trace")
        .contains("loading again finishes the rest")
        .doesNotContain("\tat ");
    Matcher lost = LOST.matcher(interrupted.err());
    assertThat(lost.find()).as(interrupted.err()).isTrue();
    int writtenBefore = Integer.parseInt(lost.group(1));
    assertThat(writtenBefore).isBetween(1, ARTICLES - 1);

    ServedDatabase.Run again;
    List<String> recovered;
    try (ServedDatabase server = ServedDatabase.start(logs, "serve-2", db)) {
      again =
          ServedDatabase.Run.of(
              "load", facts.toString(), "--uri", server.bolt().toString(), "--batch-size", "5");
      recovered = server.dump();
    }
    System.out.println("LostConnectionTest: next load: " + again.out().strip());
    assertThat(again.exit()).as("%s", again).isZero();
    Matcher summary = UNCHANGED.matcher(again.out());
    assertThat(summary.find()).as(again.out()).isTrue();
    // A batch whose commit reached the disk just as the server died counts as unwritten on the
    // client side; the next run finds it unchanged all the same.
    assertThat(Integer.parseInt(summary.group(2))).isGreaterThanOrEqualTo(writtenBefore);
    assertThat(Integer.parseInt(summary.group(1)) + Integer.parseInt(summary.group(2)))
        .isEqualTo(ARTICLES);

    Path clean = dir.resolve("clean");
    ServedDatabase.Run cleanLoad =
        ServedDatabase.Run.of("load", facts.toString(), "--db", clean.toString());
    assertThat(cleanLoad.exit()).as("%s", cleanLoad).isZero();
    assertThat(recovered).isEqualTo(GraphDumps.ofFolder(clean));
  }
}
