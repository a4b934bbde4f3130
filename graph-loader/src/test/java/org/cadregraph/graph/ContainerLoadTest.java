package org.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The same load against the official Neo4j image, over the network with authentication, as a
 * server deployment would see it. The image is the one docker/.env pins for docker-compose.yml.
 * Skips itself where no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerLoadTest {
  @Container
  static final Neo4jContainer NEO4J = new Neo4jContainer(pinnedImage()).withAdminPassword("cadregraph-test");

  private static Driver driver;

  @BeforeAll
  static void connect() {
    driver = GraphDatabase.driver(NEO4J.getBoltUrl(), AuthTokens.basic("neo4j", NEO4J.getAdminPassword()));
  }

  @AfterAll
  static void disconnect() {
    driver.close();
  }

  @Test
  void loadingTwiceGivesTheSameGraphOnTheServerImage() {
    Facts seed = GraphLoaderTest.conference("seed.txt", "2021-04-09");
    Facts other = Facts.article("other.txt", "2021-05-01").holds("Jo Ung Mo", "secretary", "Nampho City Committee of the WPK");

    LoadReport first = load(seed, other);
    List<String> once = GraphDump.canonical(driver);
    LoadReport second = load(seed, other);

    assertThat(first.written()).isEqualTo(2);
    assertThat(second.skippedUnchanged()).isEqualTo(2);
    assertThat(GraphDump.canonical(driver)).isEqualTo(once);
    assertThat(GraphDump.count(driver, "MATCH (p:Person) RETURN count(p)")).isEqualTo(3);
  }

  /** NEO4J_IMAGE from docker/.env, the one place the image tag is written. */
  static String pinnedImage() {
    Properties env = new Properties();
    try (Reader in = Files.newBufferedReader(Path.of("..", "docker", ".env"), StandardCharsets.UTF_8)) {
      env.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read docker/.env for the Neo4j image tag", e);
    }
    return env.getProperty("NEO4J_IMAGE");
  }

  private static LoadReport load(Facts... articles) {
    LoadSession session = new GraphLoader(driver, LoaderConfig.defaults()).begin();
    for (Facts article : articles) {
      session.accept(article.facts());
    }
    return session.finish();
  }
}
