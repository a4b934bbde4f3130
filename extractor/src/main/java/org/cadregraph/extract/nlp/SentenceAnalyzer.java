package org.cadregraph.extract.nlp;

import java.util.List;
import org.cadregraph.extract.model.Deadline;
import org.cadregraph.extract.model.Sentence;

/**
 * The sentence stage: splits a paragraph into sentences and tokens and tags parts of speech.
 * Implementations are thread-safe.
 */
public interface SentenceAnalyzer {

  /**
   * Analyzes one paragraph of the normalized text.
   *
   * @param paragraph the paragraph's text
   * @param offset the paragraph's offset in the normalized article text
   * @param index the paragraph's index in the article
   * @param deadline checked between sentences; passing it throws {@link
   *     org.cadregraph.extract.model.ExtractionException}
   */
  List<Sentence> analyze(String paragraph, int offset, int index, Deadline deadline);

  /** OpenNLP's sentence detector, tokenizer and tagger over the given models. */
  static SentenceAnalyzer openNlp(NlpModels models) {
    return new OpenNlpSentenceAnalyzer(models);
  }
}
