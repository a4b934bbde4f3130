package org.cadregraph.extract.eval;

import java.util.List;

/**
 * One measure on one article: true positives, system and gold counts, and the records that did not
 * match (listed by the lenient holds measure only, as the scorer lists them). Immutable.
 */
public record ArticleScore(int tp, int system, int gold, List<Mismatch> mismatches) {

  public ArticleScore {
    if (tp < 0 || system < 0 || gold < 0 || tp > system || tp > gold) {
      throw new IllegalArgumentException(
          "need 0 <= tp <= system, gold; got tp=" + tp + " system=" + system + " gold=" + gold);
    }
    mismatches = List.copyOf(mismatches);
  }

  /** A score that lists no mismatches. */
  public static ArticleScore of(int tp, int system, int gold) {
    return new ArticleScore(tp, system, gold, List.of());
  }
}
