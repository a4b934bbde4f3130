package org.cadregraph.facts;

import static java.util.Objects.requireNonNull;

/**
 * The sentence that states a fact, with its character offsets in the article's text as read (after
 * decoding, before any normalization): {@code start} inclusive, {@code end} exclusive.
 */
public record Evidence(String sentence, int start, int end) {

  public Evidence {
    requireNonNull(sentence, "sentence");
    if (start < 0 || end < start) {
      throw new FactException(
          "evidence offsets must satisfy 0 <= start <= end, got " + start + ".." + end);
    }
  }
}
