package org.cadregraph.graph;

import java.time.Duration;
import java.util.Objects;

/**
 * How a load runs: which database, how many articles per transaction, whether articles not in this
 * run are pruned, whether unchanged articles are re-processed, and how long to wait for another
 * load that holds the database. Immutable; the defaults are written once, here.
 *
 * @param database the database name, or null for the server's default database
 * @param batchSize the most whole articles written in one transaction (1..10000)
 * @param prune whether {@link LoadSession#finish()} removes stored articles this run did not see
 * @param force whether articles whose content hash is unchanged are written again anyway
 * @param lockWait how long {@link GraphLoader#begin()} waits while another load runs before it
 *     refuses (zero: refuse at once)
 */
public record LoaderConfig(
    String database, int batchSize, boolean prune, boolean force, Duration lockWait) {

  /**
   * Articles per transaction by default. A transaction's fixed costs (its commit, the read of the
   * stored hashes, a round trip per statement) are paid per batch, and real reports are short
   * (about 4 facts each in the 2011-2012 archive against 15 in the generated bench corpus): at 100
   * articles a batch of real reports held some 400 facts and loading took twice as long as at
   * 1,000. A batch of long articles is cut by its facts first (see {@link LoadSession}).
   */
  public static final int DEFAULT_BATCH_SIZE = 1_000;

  /** The wait for a concurrent load by default. */
  public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(30);

  public LoaderConfig {
    if (database != null && database.isBlank()) {
      database = null;
    }
    if (batchSize < 1 || batchSize > 10_000) {
      throw new GraphException("batch size must be between 1 and 10000 articles, got " + batchSize);
    }
    Objects.requireNonNull(lockWait, "lockWait");
    if (lockWait.isNegative()) {
      throw new GraphException("lock wait must not be negative, got " + lockWait);
    }
  }

  /** The four settings most callers give, with the default lock wait. */
  public LoaderConfig(String database, int batchSize, boolean prune, boolean force) {
    this(database, batchSize, prune, force, DEFAULT_LOCK_WAIT);
  }

  /**
   * Default database, {@value #DEFAULT_BATCH_SIZE} articles per transaction, no prune, no force.
   */
  public static LoaderConfig defaults() {
    return new LoaderConfig(null, DEFAULT_BATCH_SIZE, false, false, DEFAULT_LOCK_WAIT);
  }

  public LoaderConfig withDatabase(String database) {
    return new LoaderConfig(database, batchSize, prune, force, lockWait);
  }

  public LoaderConfig withBatchSize(int batchSize) {
    return new LoaderConfig(database, batchSize, prune, force, lockWait);
  }

  public LoaderConfig withPrune(boolean prune) {
    return new LoaderConfig(database, batchSize, prune, force, lockWait);
  }

  public LoaderConfig withForce(boolean force) {
    return new LoaderConfig(database, batchSize, prune, force, lockWait);
  }

  public LoaderConfig withLockWait(Duration lockWait) {
    return new LoaderConfig(database, batchSize, prune, force, lockWait);
  }
}
