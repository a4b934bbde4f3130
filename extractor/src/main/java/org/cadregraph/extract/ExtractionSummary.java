package org.cadregraph.extract;

import org.cadregraph.extract.model.ExtractionException;

/**
 * What one {@link Extractor#run} did: files read, articles extracted, inputs that failed (each
 * reported once through the problem callback), facts produced and tokens seen. Immutable.
 *
 * @param files article files read (a file holding several articles counts once)
 * @param articles articles extracted
 * @param failed files or articles that were reported as problems
 * @param facts facts handed to the sink
 * @param tokens tokens seen by the tokenizer
 */
public record ExtractionSummary(int files, int articles, int failed, long facts, long tokens) {

  public ExtractionSummary {
    if (files < 0 || articles < 0 || failed < 0 || facts < 0 || tokens < 0) {
      throw new ExtractionException(
          "summary counts must not be negative, got files="
              + files
              + " articles="
              + articles
              + " failed="
              + failed
              + " facts="
              + facts
              + " tokens="
              + tokens);
    }
  }
}
