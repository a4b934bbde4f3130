package org.cadregraph.graph;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one load run did, with the node and relationship counts taken from the driver's counters.
 * Immutable.
 *
 * <p>Every article id of the run is counted once, in {@code articles}, as written (of which some
 * {@code replaced}), unchanged or failed; an input that failed before its articles were known (a
 * file that could not be read at all) counts as one failed article.
 *
 * @param articles articles handed to the session (written, skipped or failed), and inputs that
 *     failed ({@code failedInputs})
 * @param skippedUnchanged articles whose stored content hash matched, so nothing was written
 * @param replaced articles that were already stored and were written again (old facts removed)
 * @param pruned stored articles removed because this run did not see them
 * @param facts facts written (the facts of skipped and failed articles are not counted)
 * @param nodesCreated nodes created
 * @param nodesDeleted nodes deleted (facts, persons, organizations ... left without support)
 * @param relationshipsCreated relationships created
 * @param relationshipsDeleted relationships deleted
 * @param failures one line per article that could not be written: {@code article: reason}
 * @param failedInputs articles (or whole files) whose input failed before the session got their
 *     facts; what was stored of them is kept ({@link LoadSession#keepFailed}, {@link
 *     LoadSession#keepFailedFile}). Their reasons were reported by whoever read the input.
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
    int failedInputs,
    Duration elapsed) {

  public LoadReport {
    failures = List.copyOf(failures);
    Objects.requireNonNull(elapsed, "elapsed");
    if (failedInputs < 0 || failedInputs > articles) {
      throw new GraphException(
          "failed inputs must be between 0 and the " + articles + " articles, got " + failedInputs);
    }
  }

  /** A report of a run in which every input was read (no {@code failedInputs}). */
  public LoadReport(
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
    this(
        articles,
        skippedUnchanged,
        replaced,
        pruned,
        facts,
        nodesCreated,
        nodesDeleted,
        relationshipsCreated,
        relationshipsDeleted,
        failures,
        0,
        elapsed);
  }

  /** Articles that failed: refused by the loader ({@code failures}) or whose input failed. */
  public int failed() {
    return failures.size() + failedInputs;
  }

  /** Articles actually written in this run (new or replaced). */
  public int written() {
    return articles - skippedUnchanged - failed();
  }

  /** One human-readable line, for the command line. */
  public String summary() {
    return String.format(
        "%d articles (%d written, %d replaced, %d unchanged, %s, %d pruned), %d facts; "
            + "nodes +%d -%d, relationships +%d -%d; %.1f s",
        articles,
        written(),
        replaced,
        skippedUnchanged,
        // Nothing of a failed article is written: what the store held of it stays, pruning too.
        failed() == 0 ? "0 failed" : failed() + " failed (previous facts kept)",
        pruned,
        facts,
        nodesCreated,
        nodesDeleted,
        relationshipsCreated,
        relationshipsDeleted,
        elapsed.toMillis() / 1000.0);
  }
}
