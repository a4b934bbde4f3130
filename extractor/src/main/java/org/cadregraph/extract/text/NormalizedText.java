package org.cadregraph.extract.text;

import java.util.Arrays;
import java.util.List;

/**
 * An article's text after normalization, with the map from each of its characters back to the
 * decoded original, so evidence offsets point into the text as read. Immutable once built.
 *
 * @param text the normalized text: paragraphs separated by one {@code '\n'}, single spaces inside
 * @param origin for each index of {@code text} (and one past its end) the index in the original
 */
public record NormalizedText(String text, int[] origin) {

  public NormalizedText {
    if (text == null || origin == null || origin.length != text.length() + 1) {
      throw new IllegalArgumentException("origin must have one entry per character plus one");
    }
    origin = origin.clone();
  }

  @Override
  public int[] origin() {
    return origin.clone();
  }

  /** The original offset of normalized offset {@code index} (0..length inclusive). */
  public int originalOffset(int index) {
    return origin[Math.max(0, Math.min(index, origin.length - 1))];
  }

  /** The paragraphs: the text split on its line breaks, blank ones left out. */
  public List<String> paragraphs() {
    return Arrays.stream(text.split("\n")).filter(p -> !p.isBlank()).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NormalizedText n
        && n.text.equals(text)
        && Arrays.equals(n.origin, origin);
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + Arrays.hashCode(origin);
  }

  @Override
  public String toString() {
    return "NormalizedText[" + text.length() + " chars]";
  }
}
