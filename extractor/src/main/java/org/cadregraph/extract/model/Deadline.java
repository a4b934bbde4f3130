package org.cadregraph.extract.model;

import java.time.Duration;

/**
 * The moment by which one article's extraction must be done (the configured time budget after it
 * started). The stages call {@link #check()} inside their loops, and regular expressions run over
 * {@link #guard guarded} text that checks it while being matched, so that no input (a paragraph of
 * 50,000 words, a run of 100,000 spaces, a pattern that backtracks) holds a worker longer than the
 * budget: the article is abandoned with an {@link ExtractionException} naming it. Immutable; a
 * guarded sequence counts its reads and belongs to the one thread matching it.
 */
public final class Deadline {

  /**
   * Reads of a guarded sequence between two clock checks: cheap, yet a check every few
   * microseconds.
   */
  private static final int READS_PER_CHECK = 4096;

  private static final Deadline NONE = new Deadline(Long.MAX_VALUE, Duration.ZERO, "");

  private final long endNanos;
  private final Duration budget;
  private final String article;

  private Deadline(long endNanos, Duration budget, String article) {
    this.endNanos = endNanos;
    this.budget = budget;
    this.article = article;
  }

  /** A deadline {@code budget} from now for the article named {@code article}. */
  public static Deadline after(Duration budget, String article) {
    if (budget == null || budget.isNegative() || budget.isZero()) {
      throw new ExtractionException("a time budget must be a positive duration, got " + budget);
    }
    long nanos = budget.toNanos();
    return new Deadline(System.nanoTime() + nanos, budget, article == null ? "" : article);
  }

  /** No deadline: for a stage used on its own (tests, tools) where the caller bounds the time. */
  public static Deadline none() {
    return NONE;
  }

  /** Throws an {@link ExtractionException} when the deadline has passed. */
  public void check() {
    if (this != NONE && System.nanoTime() - endNanos > 0) {
      throw new ExtractionException(
          "time budget of "
              + budget.toMillis()
              + " ms exceeded"
              + (article.isEmpty() ? "" : " while extracting " + article)
              + "; the article was abandoned (raise the budget if it is a real article)");
    }
  }

  /** {@code text} as a sequence that checks this deadline while a regular expression reads it. */
  public CharSequence guard(CharSequence text) {
    return this == NONE ? text : new Guarded(text, this);
  }

  /** A read-through view that checks the clock every {@link #READS_PER_CHECK} character reads. */
  private static final class Guarded implements CharSequence {
    private final CharSequence text;
    private final Deadline deadline;
    private int reads;

    Guarded(CharSequence text, Deadline deadline) {
      this.text = text;
      this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
      if (++reads == READS_PER_CHECK) {
        reads = 0;
        deadline.check();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
