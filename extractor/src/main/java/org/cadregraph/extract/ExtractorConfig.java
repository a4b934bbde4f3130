package org.cadregraph.extract;

import java.time.Duration;
import org.cadregraph.extract.model.ExtractionException;
import org.cadregraph.facts.PartialDate;

/**
 * Immutable configuration of an {@link Extractor}. The defaults are written once here, as constants
 * the command line reuses for its option defaults.
 *
 * @param maxArticleChars files (and articles) longer than this many characters are reported and
 *     skipped: a file over 4 bytes per character (8 for PDF) is refused by its size before a byte
 *     is read, a smaller one after decoding
 * @param articleTimeBudget extraction of one article that takes longer than this is abandoned and
 *     reported; checked inside the stages' loops and while regular expressions match
 * @param date the date given on the command line ({@code YYYY}, {@code YYYY-MM} or {@code
 *     YYYY-MM-DD}), used when neither the file name nor an INDEX.tsv gives one; or null
 * @param year the year given on the command line, used like {@code date}; or null
 * @param threads worker threads for {@link Extractor#run}; results still reach the sink in input
 *     order
 */
public record ExtractorConfig(
    long maxArticleChars, Duration articleTimeBudget, String date, Integer year, int threads) {

  /** Large enough for any real article or multi-article file, small enough to protect memory. */
  public static final long DEFAULT_MAX_ARTICLE_CHARS = 2_000_000L;

  /** Generous against the few milliseconds a real article takes; stops pathological input. */
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(20);

  /** One worker: deterministic order and low memory; raise it for large batches. */
  public static final int DEFAULT_THREADS = 1;

  public ExtractorConfig {
    if (maxArticleChars <= 0) {
      throw new ExtractionException("maxArticleChars must be positive, got " + maxArticleChars);
    }
    if (articleTimeBudget == null || articleTimeBudget.isNegative() || articleTimeBudget.isZero()) {
      throw new ExtractionException(
          "articleTimeBudget must be a positive duration, got " + articleTimeBudget);
    }
    if (date != null && date.isBlank()) {
      date = null;
    }
    if (date != null && !PartialDate.isValid(date)) {
      throw new ExtractionException("date must be YYYY, YYYY-MM or YYYY-MM-DD, got '" + date + "'");
    }
    if (year != null && (year < 1900 || year > 2999)) {
      throw new ExtractionException(
          "year must be a four-digit year between 1900 and 2999, got " + year);
    }
    if (threads < 1 || threads > 256) {
      throw new ExtractionException("threads must be between 1 and 256, got " + threads);
    }
  }

  /** The defaults: no date or year given, one thread. */
  public static ExtractorConfig defaults() {
    return new ExtractorConfig(
        DEFAULT_MAX_ARTICLE_CHARS, DEFAULT_TIME_BUDGET, null, null, DEFAULT_THREADS);
  }

  public ExtractorConfig withMaxArticleChars(long value) {
    return new ExtractorConfig(value, articleTimeBudget, date, year, threads);
  }

  public ExtractorConfig withArticleTimeBudget(Duration value) {
    return new ExtractorConfig(maxArticleChars, value, date, year, threads);
  }

  public ExtractorConfig withDate(String value) {
    return new ExtractorConfig(maxArticleChars, articleTimeBudget, value, year, threads);
  }

  public ExtractorConfig withYear(Integer value) {
    return new ExtractorConfig(maxArticleChars, articleTimeBudget, date, value, threads);
  }

  public ExtractorConfig withThreads(int value) {
    return new ExtractorConfig(maxArticleChars, articleTimeBudget, date, year, value);
  }

  /** The date the command line supplies: {@code date} when given, else {@code year}, else null. */
  String commandLineDate() {
    if (date != null) {
      return date;
    }
    return year == null ? null : String.valueOf(year);
  }
}
