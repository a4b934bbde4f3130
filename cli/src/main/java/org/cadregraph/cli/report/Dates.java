package org.cadregraph.cli.report;

/**
 * Dates of the graph (partial: {@code 2024}, {@code 2024-07}) as a chart's time axis reads them.
 */
final class Dates {
  private Dates() {}

  /** The first day a date covers ({@code 2024} is 2024-01-01); empty for none. */
  static String start(String date) {
    if (date == null || date.isEmpty()) {
      return "";
    }
    return switch (date.length()) {
      case 4 -> date + "-01-01";
      case 7 -> date + "-01";
      default -> date.length() > 10 ? date.substring(0, 10) : date;
    };
  }
}
