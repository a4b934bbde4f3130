package org.cadregraph.extract.model;

import java.util.List;

/**
 * One sentence of an article: its text, its offsets in the normalized article text, its tokens, and
 * the index of the paragraph it belongs to. Immutable.
 */
public record Sentence(String text, int start, int end, List<Token> tokens, int paragraph) {

  public Sentence {
    if (text == null || start < 0 || end < start) {
      throw new IllegalArgumentException(
          "sentence needs text and offsets, got " + start + ".." + end);
    }
    tokens = List.copyOf(tokens);
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** The sentence text from the start of token {@code from} to the end of token {@code to - 1}. */
  public String span(int from, int to) {
    if (from >= to) {
      return "";
    }
    return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
  }
}
