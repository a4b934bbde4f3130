package org.cadregraph.extract.model;

import java.util.List;
import java.util.Objects;

/**
 * One input the extractor could not use, as a record instead of a line, so that a caller can act on
 * what failed: a loader keeps the last good facts of an article file that exists but failed this
 * run, and prunes only what is gone. Immutable.
 *
 * @param source what the problem is about, as the line names it: a path, or {@code path#k} for the
 *     k-th article of a file holding several
 * @param fileId the id of the article file concerned (its articles are {@code fileId} or {@code
 *     fileId#n}), or null when the problem is not about an existing article file (an input that
 *     does not exist, a folder, an INDEX.tsv)
 * @param articles the ids of the file's articles that failed, where known; empty when the file
 *     failed before its articles were known (unreadable, binary, too large, gone while reading)
 * @param reason what went wrong, for a person
 */
public record ExtractionProblem(
    String source, String fileId, List<String> articles, String reason) {

  public ExtractionProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    articles = List.copyOf(articles);
    if (fileId == null && !articles.isEmpty()) {
      throw new ExtractionException(
          "a problem naming articles " + articles + " must name their file id too");
    }
  }

  /** A problem with something that is not an article file (a missing input, an INDEX.tsv). */
  public static ExtractionProblem aside(Object source, String reason) {
    return new ExtractionProblem(String.valueOf(source), null, List.of(), reason);
  }

  /** A whole article file failed before its articles were known. */
  public static ExtractionProblem ofFile(Object source, String fileId, String reason) {
    return new ExtractionProblem(
        String.valueOf(source), Objects.requireNonNull(fileId, "fileId"), List.of(), reason);
  }

  /** One article of an article file failed. */
  public static ExtractionProblem ofArticle(
      Object source, String fileId, String articleId, String reason) {
    return new ExtractionProblem(
        String.valueOf(source),
        Objects.requireNonNull(fileId, "fileId"),
        List.of(articleId),
        reason);
  }

  /** True when an article file failed: its stored articles (or the named ones) should be kept. */
  public boolean concernsArticleFile() {
    return fileId != null;
  }

  /** The line to show: {@code source: reason}. */
  public String line() {
    return source + ": " + reason;
  }

  @Override
  public String toString() {
    return line();
  }
}
