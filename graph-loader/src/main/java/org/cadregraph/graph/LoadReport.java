package org.cadregraph.graph;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one load run did, with the node and relationship counts taken from the driver's counters.
 * Immutable.
 *
 * @param articles articles handed to the session (written, skipped or failed)
 * @param skippedUnchanged articles whose stored content hash matched, so nothing was written
 * @param replaced articles that were already stored and were written again (old facts removed)
 * @param pruned stored articles removed because this run did not see them
 * @param facts facts written (the facts of skipped and failed articles are not counted)
 * @param nodesCreated nodes created
 * @param nodesDeleted nodes deleted (facts, persons, organizations ... left without support)
 * @param relationshipsCreated relationships created
 * @param relationshipsDeleted relationships deleted
 * @param failures one line per article that could not be written: {@code article: reason}
 * @param elapsed wall time from {@link GraphLoader#begin()} to the end of {@link
 *     LoadSession#finish()}
 */
public record LoadReport(
    int articles,
    int skippedUnchanged,
    int replaced,
    int pruned,
    long facts,
    int nodesCreated,
    int nodesDeleted,
    int relationshipsCreated,
    int relationshipsDeleted,
    List<String> failures,
    Duration elapsed) {

  public LoadReport {
    failures = List.copyOf(failures);
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** Articles actually written in this run (new or replaced). */
  public int written() {
    return articles - skippedUnchanged - failures.size();
  }

  /** One human-readable line, for the command line. */
  public String summary() {
    return String.format(
        "%d articles (%d written, %d replaced, %d unchanged, %d failed, %d pruned), %d facts; "
            + "nodes +%d -%d, relationships +%d -%d; %.1f s",
        articles,
        written(),
        replaced,
        skippedUnchanged,
        failures.size(),
        pruned,
        facts,
        nodesCreated,
        nodesDeleted,
        relationshipsCreated,
        relationshipsDeleted,
        elapsed.toMillis() / 1000.0);
  }
}
