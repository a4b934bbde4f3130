package org.cadregraph.extract.eval;

/**
 * One figure of an evaluation: true positives, system and gold counts, and the precision, recall
 * and F1 they give (rounded to four places, as the project's scorer prints them). Immutable.
 */
public record Measure(String name, int tp, int system, int gold) {

  public Measure {
    if (name == null || tp < 0 || system < 0 || gold < 0) {
      throw new IllegalArgumentException("a measure needs a name and counts >= 0");
    }
  }

  public double precision() {
    return round(system > 0 ? (double) tp / system : gold == 0 ? 1.0 : 0.0);
  }

  public double recall() {
    return round(gold > 0 ? (double) tp / gold : 1.0);
  }

  public double f1() {
    double p = system > 0 ? (double) tp / system : gold == 0 ? 1.0 : 0.0;
    double r = gold > 0 ? (double) tp / gold : 1.0;
    return round(p + r > 0 ? 2 * p * r / (p + r) : 0.0);
  }

  /** Python's round(v, 4): half-even on the exact binary value. */
  private static double round(double v) {
    return new java.math.BigDecimal(v).setScale(4, java.math.RoundingMode.HALF_EVEN).doubleValue();
  }

  /**
   * Python's {@code "%.3f"}: rounded from the exact binary value, so 0.7715 (stored as
   * 0.77149999...) prints 0.771, where {@link String#format} would print 0.772.
   */
  private static String three(double v) {
    return new java.math.BigDecimal(v)
        .setScale(3, java.math.RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  /**
   * The line the scorer prints: {@code holds_lenient P=0.900 R=0.800 F1=0.847 (tp=.. system=..
   * gold=..)}.
   */
  public String line() {
    return String.format(
        java.util.Locale.ROOT,
        "%-15s P=%s R=%s F1=%s  (tp=%d system=%d gold=%d)",
        name,
        three(precision()),
        three(recall()),
        three(f1()),
        tp,
        system,
        gold);
  }
}
