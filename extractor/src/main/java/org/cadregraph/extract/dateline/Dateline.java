package org.cadregraph.extract.dateline;

/**
 * The dateline that opens a wire report ("Pyongyang, April 9 (KCNA) --"): place, month and day (the
 * year only when the dateline states it), agency, and its offsets in the normalized text.
 * Immutable.
 */
public record Dateline(
    String place, int month, int day, Integer year, String agency, int start, int end) {

  public Dateline {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      throw new IllegalArgumentException("dateline month/day out of range: " + month + "/" + day);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("dateline offsets must satisfy 0 <= start <= end");
    }
  }

  /** {@code MM-DD}, the part of the date a dateline always gives. */
  public String monthDay() {
    return String.format("%02d-%02d", month, day);
  }
}
