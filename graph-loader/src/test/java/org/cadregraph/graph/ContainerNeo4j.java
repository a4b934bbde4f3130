package org.cadregraph.graph;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.testcontainers.lifecycle.Startable;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The official Neo4j image in a container through Testcontainers, reached over Bolt with basic
 * authentication as a server deployment is: the image is the one {@code docker/.env} pins for
 * {@code docker-compose.yml}, the admin password a random one per container.
 *
 * <p>One per test class: a {@code static @Container} field of a class annotated
 * {@code @Testcontainers(disabledWithoutDocker = true)}, which Testcontainers starts before the
 * class's first test and stops after its last, and never starts where no Docker engine runs (the
 * class is then reported skipped, with the reason). Thread-safe once started.
 */
final class ContainerNeo4j implements Neo4jUnderTest, Startable {
  private final Neo4jContainer container = new Neo4jContainer(pinnedImage()).withRandomPassword();
  private volatile Driver driver;

  @Override
  public void start() {
    container.start();
    driver = openDriver();
    driver.verifyConnectivity();
  }

  @Override
  public void stop() {
    if (driver != null) {
      driver.close();
    }
    container.stop();
  }

  @Override
  public Driver driver() {
    Driver started = driver;
    if (started == null) {
      throw new IllegalStateException(
          "the Neo4j container is not started: declare it as a static @Container field"
              + " of a @Testcontainers class");
    }
    return started;
  }

  @Override
  public Driver openDriver() {
    return GraphDatabase.driver(
        container.getBoltUrl(),
        AuthTokens.basic("neo4j", container.getAdminPassword()),
        Config.builder().withLogging(Logging.none()).build());
  }

  /** NEO4J_IMAGE from docker/.env, the one place the image tag is written. */
  static String pinnedImage() {
    Properties env = new Properties();
    try (Reader in =
        Files.newBufferedReader(Path.of("..", "docker", ".env"), StandardCharsets.UTF_8)) {
      env.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read docker/.env for the Neo4j image tag", e);
    }
    String image = env.getProperty("NEO4J_IMAGE");
    if (image == null || image.isBlank()) {
      throw new IllegalStateException(
          "docker/.env gives no NEO4J_IMAGE (e.g. NEO4J_IMAGE=neo4j:5.26.30-community)");
    }
    return image;
  }
}
