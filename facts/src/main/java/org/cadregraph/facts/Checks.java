package org.cadregraph.facts;

/** Argument checks shared by the fact records. */
final class Checks {
  private Checks() {}

  /** Returns {@code value} when it holds a non-blank string, else throws naming the field. */
  static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new FactException(
          field
              + " must be a non-blank string, got "
              + (value == null ? "null" : "'" + value + "'"));
    }
    return value;
  }

  /** Returns null for a null or blank value, else the value. */
  static String optionalText(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
