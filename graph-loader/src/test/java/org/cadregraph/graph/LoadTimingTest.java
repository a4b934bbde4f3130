package org.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.FactReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * Timing of a full load, an unchanged re-load, a forced re-load and a second full load into the
 * emptied database (same JVM: planner and JIT warm) of a JSON Lines fact file, on demand only:
 * {@code mvn -pl graph-loader test -Dtest=LoadTimingTest -Dcadregraph.timing.facts=FILE}. Prints
 * the three timings and checks that the unchanged re-load wrote nothing.
 */
@ExtendWith(InProcessNeo4j.class)
class LoadTimingTest {

  @Test
  void fullLoadThenUnchangedAndForcedReloads(Neo4jUnderTest neo4j) throws IOException {
    String file = System.getProperty("cadregraph.timing.facts");
    Assumptions.assumeTrue(
        file != null && Files.isRegularFile(Path.of(file)), "give -Dcadregraph.timing.facts=FILE");
    List<List<Fact>> articles = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
        FactReader reader = new FactReader(in, file, System.err::println)) {
      reader.forEachArticle(articles::add);
    }
    Driver driver = neo4j.driver();
    neo4j.empty();

    LoadReport full = load(driver, articles, LoaderConfig.defaults());
    LoadReport unchanged = load(driver, articles, LoaderConfig.defaults());
    LoadReport forced = load(driver, articles, LoaderConfig.defaults().withForce(true));
    neo4j.empty();
    LoadReport warm = load(driver, articles, LoaderConfig.defaults());

    System.out.println("full load:         " + full.summary());
    System.out.println("unchanged re-load: " + unchanged.summary());
    System.out.println("forced re-load:    " + forced.summary());
    System.out.println("warm full load:    " + warm.summary());
    System.out.println(
        "graph: "
            + GraphDump.rows(
                driver,
                """
                MATCH (n) WITH labels(n)[0] AS label, count(*) AS n RETURN label, n ORDER BY label\
                """,
                java.util.Map.of()));
    assertThat(unchanged.skippedUnchanged()).isEqualTo(articles.size());
    assertThat(unchanged.nodesCreated() + unchanged.relationshipsCreated()).isZero();
  }

  private static LoadReport load(Driver driver, List<List<Fact>> articles, LoaderConfig config) {
    LoadSession session = new GraphLoader(driver, config).begin();
    for (List<Fact> article : articles) {
      session.accept(article);
    }
    return session.finish();
  }
}
