package org.cadregraph.extract.text;

import org.cadregraph.extract.model.Deadline;

/**
 * The text-normalization stage: turns an article as decoded (any line endings, tabs, PDF wraps,
 * wire-copy artifacts) into the one shape the later stages read, keeping the offset map.
 * Implementations are stateless and thread-safe.
 */
public interface TextNormalizer {

  /**
   * The normalized text; throws {@link org.cadregraph.extract.model.ExtractionException} once
   * {@code deadline} passes.
   */
  NormalizedText normalize(String original, Deadline deadline);

  /** Rewrite rules for wire copy as found in state-media archives and scrapes. */
  static TextNormalizer wireCopy() {
    return new WireCopyTextNormalizer();
  }
}
