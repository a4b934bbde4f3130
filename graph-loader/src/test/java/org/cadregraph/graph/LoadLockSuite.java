package org.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * Two loads at once on one database: one waits or refuses, and the graph is never corrupted.
 * Written once and run against each {@link Neo4jUnderTest}: {@link InProcessLoadLockTest}
 * everywhere, {@link ContainerLoadLockTest} where a Docker engine runs.
 */
abstract class LoadLockSuite {
  private final Neo4jUnderTest neo4j;
  private final Driver driver;

  /** Test instances are made per test, after the server has started. */
  LoadLockSuite(Neo4jUnderTest neo4j) {
    this.neo4j = neo4j;
    this.driver = neo4j.driver();
  }

  @BeforeEach
  void emptyDatabase() {
    neo4j.empty();
  }

  @Test
  void secondLoadRefusesWithAMessageNamingTheFirst() {
    LoadSession first = new GraphLoader(driver, LoaderConfig.defaults()).begin();
    try {
      GraphLoader impatient =
          new GraphLoader(driver, LoaderConfig.defaults().withLockWait(Duration.ofMillis(300)));
      assertThatThrownBy(impatient::begin)
          .isInstanceOf(GraphException.class)
          .hasMessageContaining("is being loaded by another run")
          .hasMessageContaining(String.valueOf(ProcessHandle.current().pid()))
          .hasMessageContaining("nothing was written");
    } finally {
      first.finish();
    }
    new GraphLoader(driver, LoaderConfig.defaults().withLockWait(Duration.ZERO)).begin().finish();
  }

  @Test
  void secondLoadWaitsForTheFirstToFinish() throws Exception {
    LoadSession first = new GraphLoader(driver, LoaderConfig.defaults()).begin();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<LoadReport> second =
          pool.submit(
              () -> {
                LoadSession session =
                    new GraphLoader(
                            driver, LoaderConfig.defaults().withLockWait(Duration.ofSeconds(30)))
                        .begin();
                session.accept(Facts.article("second.txt", "2021").mention("Kim Jong Un").facts());
                return session.finish();
              });
      Thread.sleep(700);
      assertThat(second).isNotDone();
      first.accept(Facts.article("first.txt", "2021").mention("Kim Jong Un").facts());
      first.finish();
      assertThat(second.get(30, TimeUnit.SECONDS).written()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(GraphDump.count(driver, "MATCH (a:Article) RETURN count(a)")).isEqualTo(2);
  }

  @Test
  void lockOfALoadWhoseConnectionDiedIsReleased() {
    try (Driver dying = neo4j.openDriver()) {
      LoadSession abandoned = new GraphLoader(dying, LoaderConfig.defaults()).begin();
      abandoned.accept(Facts.article("half.txt", "2021").mention("Kim Jong Un").facts());
      // No finish(): the process "dies" and its connections close with the driver.
    }
    LoadReport report =
        new GraphLoader(driver, LoaderConfig.defaults().withLockWait(Duration.ofSeconds(5)))
            .begin()
            .finish();
    assertThat(report.articles()).isZero();
    // Nothing of the buffered article was written.
    assertThat(GraphDump.count(driver, "MATCH (a:Article) RETURN count(a)")).isZero();
  }

  @Test
  void concurrentLoadsGiveTheGraphOfOneLoadAfterTheOther() throws Exception {
    List<Facts> left = new ArrayList<>();
    List<Facts> right = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      left.add(
          GraphLoaderSuite.conference(
              "left-" + i + ".txt", "2021-04-" + String.format("%02d", 1 + i % 28)));
      right.add(
          Facts.article("right-" + i + ".txt", "2021-05-01")
              .holds("Jo Ung Mo", "secretary", "Nampho City Committee of the WPK")
              .mention("Kim Jong Un"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<LoadReport> a = pool.submit(() -> load(left));
      Future<LoadReport> b = pool.submit(() -> load(right));
      assertThat(a.get(60, TimeUnit.SECONDS).written() + b.get(60, TimeUnit.SECONDS).written())
          .isEqualTo(80);
    } finally {
      pool.shutdownNow();
    }
    List<String> concurrent = GraphDump.canonical(driver);
    neo4j.empty();
    load(left);
    load(right);
    assertThat(concurrent).isEqualTo(GraphDump.canonical(driver));
  }

  private LoadReport load(List<Facts> articles) {
    LoadSession session =
        new GraphLoader(
                driver,
                LoaderConfig.defaults().withBatchSize(7).withLockWait(Duration.ofSeconds(60)))
            .begin();
    for (Facts article : articles) {
      session.accept(article.facts());
    }
    return session.finish();
  }
}
