package org.cadregraph.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code load --uri} runs started at once against one served database: the load lock lets one
 * write at a time, so each either finishes (the later one finding the articles unchanged) or
 * refuses with a sentence naming the other run, and the graph is that of a single load.
 */
@Tag("faults")
class ConcurrentLoadsTest {
  private static final int ARTICLES = 60;
  private static final Pattern WRITTEN =
      Pattern.compile("(\\d+) written, \\d+ replaced, (\\d+) unchanged");

  @TempDir Path dir;

  @Test
  void twoLoadsAtOnceWriteEachArticleOnceAndLeaveTheGraphOfOneLoad() throws Exception {
    Path facts = FaultCorpus.write(dir.resolve("facts.jsonl"), ARTICLES, 91L);
    Path logs = dir.resolve("logs");

    List<ServedDatabase.Run> runs;
    List<String> graph;
    try (ServedDatabase server = ServedDatabase.start(logs, "serve", dir.resolve("served"))) {
      CountDownLatch go = new CountDownLatch(1);
      List<CompletableFuture<ServedDatabase.Run>> loads =
          List.of(1, 2).stream()
              .map(
                  n ->
                      CompletableFuture.supplyAsync(
                          () -> {
                            try {
                              go.await();
                            } catch (InterruptedException e) {
                              Thread.currentThread().interrupt();
                              throw new IllegalStateException(e);
                            }
                            return ServedDatabase.Run.of(
                                "load",
                                facts.toString(),
                                "--uri",
                                server.bolt().toString(),
                                "--batch-size",
                                "5");
                          }))
              .toList();
      go.countDown();
      runs = List.of(loads.get(0).get(5, TimeUnit.MINUTES), loads.get(1).get(5, TimeUnit.MINUTES));
      graph = server.dump();
    }
    System.out.println("ConcurrentLoadsTest: " + runs);

    int written = 0;
    int finished = 0;
    for (ServedDatabase.Run run : runs) {
      if (run.exit() == 0) {
        finished++;
        Matcher summary = WRITTEN.matcher(run.out());
        assertThat(summary.find()).as("%s", run).isTrue();
        written += Integer.parseInt(summary.group(1));
      } else {
        assertThat(run.exit()).as("%s", run).isEqualTo(3);
        assertThat(run.err())
            .as("%s", run)
            .contains("is being loaded by another run")
            .doesNotContain("\tat ");
      }
    }
    assertThat(finished).as("%s", runs).isPositive();
    assertThat(written).as("each article written once in all: %s", runs).isEqualTo(ARTICLES);

    Path clean = dir.resolve("clean");
    ServedDatabase.Run cleanLoad =
        ServedDatabase.Run.of("load", facts.toString(), "--db", clean.toString());
    assertThat(cleanLoad.exit()).as("%s", cleanLoad).isZero();
    assertThat(graph).isEqualTo(GraphDumps.ofFolder(clean));
  }
}
