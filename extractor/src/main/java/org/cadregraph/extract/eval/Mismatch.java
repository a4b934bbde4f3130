package org.cadregraph.extract.eval;

import java.util.Objects;

/**
 * A holds record that found no partner: one the system wrote that the gold lacks ({@link
 * Kind#SPURIOUS}), or one the gold lists that the system missed ({@link Kind#MISSED}), with its
 * normalized person key, role and organization (each possibly null). Immutable.
 */
public record Mismatch(String article, Kind kind, String person, String role, String organization) {

  /** Which side the unmatched record is on. */
  public enum Kind {
    SPURIOUS,
    MISSED
  }

  public Mismatch {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(kind, "kind");
  }
}
