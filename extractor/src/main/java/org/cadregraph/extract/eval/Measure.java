package org.cadregraph.extract.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One figure of an evaluation: true positives, system and gold counts, and the precision, recall
 * and F1 they give (rounded to four places, as the project's scorer reports them). Immutable.
 */
public record Measure(String name, int tp, int system, int gold) {

  public Measure {
    if (name == null || tp < 0 || system < 0 || gold < 0) {
      throw new IllegalArgumentException("a measure needs a name and counts >= 0");
    }
  }

  /** The measure over these counts and those of {@code score}. */
  Measure plus(ArticleScore score) {
    return new Measure(name, tp + score.tp(), system + score.system(), gold + score.gold());
  }

  /** True where there was nothing to find and nothing was found (all figures are then 1). */
  public boolean empty() {
    return system == 0 && gold == 0;
  }

  public double precision() {
    return round(exactPrecision());
  }

  public double recall() {
    return round(exactRecall());
  }

  public double f1() {
    double p = exactPrecision();
    double r = exactRecall();
    return round(p + r > 0 ? 2 * p * r / (p + r) : 0.0);
  }

  private double exactPrecision() {
    return system > 0 ? (double) tp / system : gold == 0 ? 1.0 : 0.0;
  }

  private double exactRecall() {
    return gold > 0 ? (double) tp / gold : 1.0;
  }

  /** Python's round(v, 4): half-even on the exact binary value. */
  private static double round(double v) {
    return new BigDecimal(v).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }
}
