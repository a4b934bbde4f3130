package org.cadregraph.extract.text;

/**
 * The text-normalization stage: turns an article as decoded (any line endings, tabs, PDF wraps,
 * wire-copy artifacts) into the one shape the later stages read, keeping the offset map.
 * Implementations are stateless and thread-safe.
 */
public interface TextNormalizer {

  NormalizedText normalize(String original);
}
