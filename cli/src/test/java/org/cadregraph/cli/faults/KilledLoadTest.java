package org.cadregraph.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load killed with SIGKILL at random points, then run again, leaves the graph of one clean load:
 * batches are whole articles in one transaction each, the store recovers its log on the next open,
 * and the next run skips what was committed by hash.
 */
@Tag("faults")
class KilledLoadTest {
  private static final long SEED = 5_2024L;
  private static final int ARTICLES = 60;
  private static final int KILLS = 2;
  private static final Duration START = Duration.ofMinutes(2);
  private static final Pattern WRITTEN =
      Pattern.compile("(\\d+) articles \\((\\d+) written, \\d+ replaced, (\\d+) unchanged");

  @TempDir Path dir;

  @Test
  void loadKilledSeveralTimesThenRunAgainEqualsOneCleanLoad() throws Exception {
    Path facts = FaultCorpus.write(dir.resolve("facts.jsonl"), ARTICLES, SEED);
    Path logs = dir.resolve("logs");

    // The clean load, timed from the store being open to the end, sets the window the kills fall
    // in.
    Path clean = dir.resolve("clean");
    long window;
    try (ChildCli load = ChildCli.start(logs, "clean", load(facts, clean))) {
      assertThat(load.awaitErr("opened it in", START)).as("%s", load).isTrue();
      long opened = System.nanoTime();
      assertThat(load.awaitOut("loaded into", START)).as("%s", load).isTrue();
      window = Duration.ofNanos(System.nanoTime() - opened).toMillis();
      assertThat(load.exitCode(START)).as("%s", load).isZero();
      assertThat(load.out()).contains(ARTICLES + " articles (" + ARTICLES + " written");
    }

    Path killed = dir.resolve("killed");
    Random random = new Random(SEED);
    List<String> kills = new ArrayList<>();
    int killedWhileRunning = 0;
    for (int k = 0; k < KILLS; k++) {
      try (ChildCli load = ChildCli.start(logs, "killed-" + k, load(facts, killed))) {
        assertThat(load.awaitErr("opened it in", START)).as("%s", load).isTrue();
        // Three to six tenths of a clean load's writing time: past the first batches (the first
        // pays Cypher planning), before the end, so each kill falls in the middle of a run.
        long delay = (long) (window * (0.3 + 0.3 * random.nextDouble()));
        Thread.sleep(delay);
        boolean running = load.kill();
        killedWhileRunning += running ? 1 : 0;
        kills.add(
            "kill "
                + k
                + " after "
                + delay
                + " ms of "
                + window
                + " ms: "
                + (running ? "running" : "had ended"));
      }
    }
    String again;
    try (ChildCli load = ChildCli.start(logs, "again", load(facts, killed))) {
      assertThat(load.exitCode(START)).as("%s", load).isZero();
      again = load.out();
    }
    System.out.println("KilledLoadTest: " + kills + "; final run: " + again.strip());

    assertThat(killedWhileRunning).as("kills that hit a running load: %s", kills).isPositive();
    Matcher summary = WRITTEN.matcher(again);
    assertThat(summary.find()).as(again).isTrue();
    assertThat(Integer.parseInt(summary.group(1))).isEqualTo(ARTICLES);
    // How many articles the killed runs had committed (and the last run skipped) depends on
    // where the kills fell; the graph must equal a clean load's whatever it is.
    assertThat(GraphDumps.ofFolder(killed)).isEqualTo(GraphDumps.ofFolder(clean));
  }

  private static String[] load(Path facts, Path db) {
    return new String[] {"load", facts.toString(), "--db", db.toString(), "--batch-size", "5"};
  }
}
