package org.cadregraph.facts;

import java.util.regex.Pattern;

/** Validation of dates that may be partial: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
public final class PartialDate {
  private static final Pattern SHAPE =
      Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

  private PartialDate() {}

  /**
   * Returns the date when it is null or has a valid shape; throws naming the bad value otherwise.
   */
  public static String check(String date) {
    if (date == null || date.isBlank()) {
      return null;
    }
    if (!SHAPE.matcher(date).matches()) {
      throw new FactException("date must be YYYY, YYYY-MM or YYYY-MM-DD, got '" + date + "'");
    }
    return date;
  }
}
