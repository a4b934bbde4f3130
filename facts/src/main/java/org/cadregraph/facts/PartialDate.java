package org.cadregraph.facts;

import java.util.regex.Pattern;

/** Validation of dates that may be partial: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
public final class PartialDate {
  private static final Pattern SHAPE =
      Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

  private PartialDate() {}

  /**
   * True when {@code date} has a valid shape: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD},
   * month 01-12, day 01-31. The one place the extractor and the fact records check it.
   */
  public static boolean isValid(String date) {
    return date != null && SHAPE.matcher(date).matches();
  }

  /**
   * Returns the date when it is null or has a valid shape; throws naming the bad value otherwise.
   */
  public static String check(String date) {
    if (date == null || date.isBlank()) {
      return null;
    }
    if (!isValid(date)) {
      throw new FactException("date must be YYYY, YYYY-MM or YYYY-MM-DD, got '" + date + "'");
    }
    return date;
  }
}
