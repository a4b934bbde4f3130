package org.cadregraph.extract.text;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadregraph.extract.model.Deadline;

/** Text being rewritten step by step while every character keeps its original offset. */
final class OffsetText {
  private final String text;
  private final int[] origin;
  private final Deadline deadline;

  private OffsetText(String text, int[] origin, Deadline deadline) {
    this.text = text;
    this.origin = origin;
    this.deadline = deadline;
  }

  /** The original text; every rewrite's matching checks {@code deadline}. */
  static OffsetText of(String original, Deadline deadline) {
    int[] origin = new int[original.length() + 1];
    for (int i = 0; i < origin.length; i++) {
      origin[i] = i;
    }
    return new OffsetText(original, origin, deadline);
  }

  String text() {
    return text;
  }

  Deadline deadline() {
    return deadline;
  }

  /**
   * Replaces every match by the function's result; replacement characters map to the offset of the
   * match's first character, the characters around keep theirs.
   */
  OffsetText replace(Pattern pattern, Function<MatchResult, String> replacement) {
    Matcher m = pattern.matcher(deadline.guard(text));
    if (!m.find()) {
      return this;
    }
    StringBuilder out = new StringBuilder(text.length());
    int[] map = new int[text.length() * 2 + 2];
    int n = 0;
    int last = 0;
    do {
      for (int i = last; i < m.start(); i++) {
        map = ensure(map, n);
        out.append(text.charAt(i));
        map[n++] = origin[i];
      }
      String rep = replacement.apply(m.toMatchResult());
      int anchor = origin[m.start()];
      for (int i = 0; i < rep.length(); i++) {
        map = ensure(map, n);
        out.append(rep.charAt(i));
        map[n++] = anchor;
      }
      last = m.end();
    } while (m.find());
    for (int i = last; i < text.length(); i++) {
      map = ensure(map, n);
      out.append(text.charAt(i));
      map[n++] = origin[i];
    }
    map = ensure(map, n);
    map[n] = origin[text.length()];
    int[] exact = new int[n + 1];
    System.arraycopy(map, 0, exact, 0, n + 1);
    return new OffsetText(out.toString(), exact, deadline);
  }

  OffsetText replace(Pattern pattern, String literal) {
    return replace(pattern, m -> literal);
  }

  private static int[] ensure(int[] map, int n) {
    if (n < map.length) {
      return map;
    }
    int[] bigger = new int[map.length * 2];
    System.arraycopy(map, 0, bigger, 0, map.length);
    return bigger;
  }

  NormalizedText toNormalized() {
    return new NormalizedText(text, origin);
  }
}
