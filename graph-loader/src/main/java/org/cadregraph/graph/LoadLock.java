package org.cadregraph.graph;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The one-load-at-a-time lock of a database: an open transaction that holds the write lock of the
 * {@code (:LoadLock {name: 'load'})} node for the whole load and never commits. Neo4j releases it
 * when the transaction ends, including when the loading process dies and its connection drops, so a
 * crashed load never blocks the next one. While the lock is held, the transaction's metadata
 * (visible in {@code SHOW TRANSACTIONS}) names the holder, so that a second load can say who it is
 * waiting for and refuse after the configured wait.
 *
 * <p>The transaction is explicit rather than managed because it must stay open across the load; it
 * writes nothing that is ever committed. Not thread-safe; {@link #close()} is idempotent.
 */
final class LoadLock implements AutoCloseable {
  private static final String MARK = "cadregraph-load-lock";
  private static final Duration POLL = Duration.ofMillis(250);

  private static final String HOLDERS =
      """
      SHOW TRANSACTIONS YIELD database, metaData, startTime
      WHERE database = $database AND metaData.cadregraph = $mark
      RETURN metaData.owner AS owner, toString(startTime) AS since\
      """;

  private static final String TAKE =
      """
      MERGE (l:LoadLock {name: 'load'})
      SET l.owner = $owner, l.since = $since\
      """;

  private final Session session;
  private final Transaction tx;
  private boolean closed;

  private LoadLock(Session session, Transaction tx) {
    this.session = session;
    this.tx = tx;
  }

  /**
   * Takes the lock of the session's database, waiting up to {@code wait} while another load holds
   * it; throws a {@link GraphException} naming the holder when the wait runs out.
   */
  static LoadLock acquire(
      Driver driver, SessionConfig config, String database, Duration wait, String owner) {
    Instant deadline = Instant.now().plus(wait);
    while (true) {
      List<Record> holders = holders(driver, database);
      if (holders.isEmpty()) {
        break;
      }
      if (!Instant.now().isBefore(deadline)) {
        Record holder = holders.get(0);
        throw new GraphException(
            "database '"
                + database
                + "' is being loaded by another run ("
                + holder.get("owner").asString("unknown owner")
                + ", since "
                + holder.get("since").asString("?")
                + "); nothing was written. Run again when it has finished, or wait longer (lock"
                + " wait was "
                + wait.toSeconds()
                + " s)");
      }
      sleep();
    }
    // Between the check and here another load may have started: then this blocks until it ends.
    Session session = driver.session(config);
    try {
      String since = Instant.now().toString();
      Transaction tx =
          session.beginTransaction(
              TransactionConfig.builder()
                  .withMetadata(Map.of("cadregraph", MARK, "owner", owner, "since", since))
                  .build());
      tx.run(TAKE, Values.parameters("owner", owner, "since", since)).consume();
      return new LoadLock(session, tx);
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
  }

  private static List<Record> holders(Driver driver, String database) {
    // SHOW TRANSACTIONS is answered by any database; "system" is always there.
    try (Session session = driver.session(SessionConfig.forDatabase("system"))) {
      return session.run(HOLDERS, Values.parameters("database", database, "mark", MARK)).list();
    } catch (Neo4jException e) {
      // Not allowed to list transactions (a restricted user): fall back to waiting on the lock
      // itself.
      return List.of();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GraphException("interrupted while waiting for another load to finish", e);
    }
  }

  /** Releases the lock (rolls the lock transaction back). */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      tx.rollback();
    } catch (Neo4jException e) {
      // The connection is gone; so is the transaction and with it the lock.
    } finally {
      session.close();
    }
  }
}
