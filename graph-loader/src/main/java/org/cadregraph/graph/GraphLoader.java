package org.cadregraph.graph;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * Writes fact records into a Neo4j database: applies the schema ({@code cypher/schema*.cypher}) and
 * starts load runs ({@link #begin()}). It holds the {@link Driver} it is given and never closes it.
 * Thread-safe: it keeps no state of its own besides the driver and the configuration; concurrent
 * load runs on one database are serialized by the database's load lock.
 */
public final class GraphLoader {
  /**
   * The version of the graph model written by this loader. It is part of every article's stored
   * hash, so that a loader that writes a different model re-processes every article once.
   */
  static final String MODEL_VERSION = "graph-model-3";

  /** Index names; a uniqueness constraint's backing index carries the constraint's name. */
  private static final String EXISTING_SCHEMA = "SHOW INDEXES YIELD name RETURN name";

  private static final Pattern SCHEMA_NAME =
      Pattern.compile(
          "^CREATE\\s+(?:FULLTEXT\\s+)?(?:CONSTRAINT|INDEX)\\s+(\\w+)\\s+IF\\s+NOT\\s+EXISTS",
          Pattern.CASE_INSENSITIVE);

  private static final String AWAIT_INDEXES = "CALL db.awaitIndexes(300)";

  private static final String CORRECTIONS =
      """
      MATCH (c:Correction)
      RETURN c.kind AS kind, c.key AS key, c.target AS target
      ORDER BY kind, key, target\
      """;
  private static final String ADD_CORRECTION =
      """
      MERGE (c:Correction {kind: $kind, key: $key, target: $target})\
      """;
  private static final String REMOVE_CORRECTION =
      """
      MATCH (c:Correction {kind: $kind, key: $key, target: $target})
      DELETE c\
      """;

  private final Driver driver;
  private final LoaderConfig config;
  private final SessionConfig sessionConfig;

  public GraphLoader(Driver driver, LoaderConfig config) {
    this.driver = Objects.requireNonNull(driver, "driver");
    this.config = Objects.requireNonNull(config, "config");
    this.sessionConfig =
        config.database() == null
            ? SessionConfig.defaultConfig()
            : SessionConfig.forDatabase(config.database());
  }

  /** Creates the constraints and indexes of {@code cypher/schema*.cypher}; safe to run again. */
  public void applySchema() {
    List<String> statements = new ArrayList<>();
    for (String file : CypherFiles.list("cypher", "schema")) {
      statements.addAll(CypherFiles.statements(CypherFiles.read("cypher/" + file)));
    }
    if (statements.isEmpty()) {
      throw new GraphException(
          "no cypher/schema*.cypher on the classpath; the graph-loader jar is incomplete");
    }
    try (Session session = driver.session(sessionConfig)) {
      // One round trip tells which named constraints and indexes exist; only the others are run.
      Set<String> existing =
          new HashSet<>(session.run(EXISTING_SCHEMA).list(r -> r.get("name").asString()));
      boolean created = false;
      for (String statement : statements) {
        Matcher named = SCHEMA_NAME.matcher(statement);
        if (named.find() && existing.contains(named.group(1))) {
          continue;
        }
        created = true;
        try {
          session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
        } catch (ClientException e) {
          // Another load applying the schema at the same moment committed the same rule first
          // ("IF NOT EXISTS" only sees committed rules): what this statement wanted is there.
          if (!e.code().startsWith("Neo.ClientError.Schema.")
              || !e.code().endsWith("AlreadyExists")) {
            throw e;
          }
        }
      }
      if (created) {
        // The load's statements keep the plan they get first (GraphStatements.FIXED_PLAN): an
        // index still being built then would never be used.
        session.run(AWAIT_INDEXES).consume();
      }
    } catch (RuntimeException e) {
      throw translate("cannot apply the schema", e);
    }
  }

  /**
   * Starts a load run: applies the schema, takes the database's load lock (waiting up to {@link
   * LoaderConfig#lockWait()} while another run holds it, then refusing with a message that names
   * it), and reads the analysts' corrections in force.
   */
  public LoadSession begin() {
    Instant started = Instant.now();
    applySchema();
    String database = databaseName();
    LoadLock lock;
    try {
      lock = LoadLock.acquire(driver, sessionConfig, database, config.lockWait(), owner());
    } catch (GraphException e) {
      throw e;
    } catch (RuntimeException e) {
      throw translate("cannot take the load lock", e);
    }
    try {
      return new LoadSession(
          driver, sessionConfig, config, new Corrections(corrections()), lock, started);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** The analysts' corrections stored in the database, in a stable order. */
  public List<Correction> corrections() {
    try (Session session = driver.session(sessionConfig)) {
      return session.executeRead(
          tx ->
              tx.run(CORRECTIONS)
                  .list(
                      r ->
                          new Correction(
                              Correction.Kind.ofStored(r.get("kind").asString()),
                              r.get("key").asString(),
                              r.get("target").asString())));
    } catch (RuntimeException e) {
      throw translate("cannot read the corrections", e);
    }
  }

  /**
   * Stores a correction (idempotent). It takes effect at the next load, which re-processes every
   * article.
   */
  public void addCorrection(Correction correction) {
    writeCorrection(ADD_CORRECTION, correction);
  }

  /** Removes a stored correction (no-op when absent). It takes effect at the next load. */
  public void removeCorrection(Correction correction) {
    writeCorrection(REMOVE_CORRECTION, correction);
  }

  private void writeCorrection(String query, Correction c) {
    try (Session session = driver.session(sessionConfig)) {
      session.executeWriteWithoutResult(
          tx ->
              tx.run(
                      query,
                      Values.parameters(
                          "kind", c.kind().storedName(), "key", c.key(), "target", c.target()))
                  .consume());
    } catch (RuntimeException e) {
      throw translate("cannot store the correction", e);
    }
  }

  private String databaseName() {
    try (Session session = driver.session(sessionConfig)) {
      return session.run("RETURN 1").consume().database().name();
    } catch (RuntimeException e) {
      throw translate("cannot open the database", e);
    }
  }

  private static String owner() {
    // "pid@host" as the JVM names itself: enough for an operator to find the other load.
    return ManagementFactory.getRuntimeMXBean().getName();
  }

  private static RuntimeException translate(String what, RuntimeException e) {
    if (e instanceof GraphException) {
      return e;
    }
    if (e instanceof AuthenticationException) {
      return new GraphException(what + ": the database refused the credentials", e);
    }
    if (e instanceof ServiceUnavailableException) {
      return new GraphException(what + ": the database is unreachable (" + e.getMessage() + ")", e);
    }
    if (e instanceof Neo4jException) {
      return new GraphException(what + ": " + e.getMessage(), e);
    }
    return e;
  }
}
