package org.cadregraph.extract.model;

/**
 * One token of a sentence with its offsets in the normalized article text and its part-of-speech
 * tag (Penn Treebank style, as OpenNLP maps it). Immutable.
 */
public record Token(String text, int start, int end, String tag) {

  public Token {
    if (text == null || text.isEmpty() || start < 0 || end < start) {
      throw new IllegalArgumentException(
          "token needs text and offsets 0 <= start <= end, got '"
              + text
              + "' "
              + start
              + ".."
              + end);
    }
    tag = tag == null ? "" : tag;
  }

  public boolean is(String word) {
    return text.equals(word);
  }

  public boolean isIgnoreCase(String word) {
    return text.equalsIgnoreCase(word);
  }

  public boolean isCapitalized() {
    return Character.isUpperCase(text.charAt(0));
  }

  public boolean isLowerCase() {
    return Character.isLowerCase(text.charAt(0));
  }

  public boolean isVerb() {
    return tag.startsWith("VB") || tag.equals("MD");
  }

  public String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }
}
