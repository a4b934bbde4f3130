package org.cadregraph.extract.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Prints an {@link EvaluationReport}: first exactly what the scorer ({@code eval/score.py}) prints,
 * then, where the gold names genres, a table of each measure's F1 genre by genre, so that each
 * genre's weakness shows. Stateless and thread-safe.
 */
public final class ReportPrinter {

  /**
   * The report as the scorer prints it (articles scored, one line per measure, then the first
   * {@code showErrors} unmatched holds records), followed by the genre table where there is one.
   */
  public String print(EvaluationReport report, int showErrors) {
    StringBuilder out = new StringBuilder(printAsScorer(report, showErrors));
    if (!report.genres().isEmpty()) {
      out.append('\n').append(genreTable(report));
    }
    return out.toString();
  }

  /** Exactly what {@code score.py GOLD FACTS --show-errors N} prints for the same input. */
  public String printAsScorer(EvaluationReport report, int showErrors) {
    StringBuilder out =
        new StringBuilder("articles scored: ").append(report.articles()).append('\n');
    for (Measure m : report.measures()) {
      out.append(line(m)).append('\n');
    }
    List<Mismatch> errors = report.mismatches();
    for (int i = 0; i < Math.min(showErrors, errors.size()); i++) {
      out.append(line(errors.get(i))).append('\n');
    }
    return out.toString();
  }

  /**
   * {@code F1 by genre (INDEX.tsv kind):}, a header of measure names, then one row per genre: its
   * name, its number of articles and each measure's F1, or {@code -} where the genre had nothing to
   * find and nothing was found.
   */
  public String genreTable(EvaluationReport report) {
    int width = "genre".length();
    for (EvaluationReport.Genre g : report.genres()) {
      width = Math.max(width, g.name().length());
    }
    StringBuilder out = new StringBuilder("F1 by genre (INDEX.tsv kind):\n");
    out.append(String.format(Locale.ROOT, "%-" + width + "s %8s", "genre", "articles"));
    for (Measure m : report.measures()) {
      out.append(String.format(Locale.ROOT, " %13s", m.name()));
    }
    out.append('\n');
    for (EvaluationReport.Genre g : report.genres()) {
      out.append(String.format(Locale.ROOT, "%-" + width + "s %8d", g.name(), g.articles()));
      for (Measure m : g.measures()) {
        out.append(String.format(Locale.ROOT, " %13s", m.empty() ? "-" : three(m.f1())));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * The scorer's line: {@code holds_lenient P=0.900 R=0.800 F1=0.847 (tp=.. system=.. gold=..)}.
   */
  static String line(Measure m) {
    return String.format(
        Locale.ROOT,
        "%-15s P=%s R=%s F1=%s  (tp=%d system=%d gold=%d)",
        m.name(),
        three(m.precision()),
        three(m.recall()),
        three(m.f1()),
        m.tp(),
        m.system(),
        m.gold());
  }

  /** The scorer's error line: {@code missed a.txt: {'person': .., 'role': .., ...}}. */
  static String line(Mismatch e) {
    String kind = e.kind() == Mismatch.Kind.SPURIOUS ? "spurious" : "missed  ";
    return "  "
        + kind
        + " "
        + e.article()
        + ": {'person': "
        + pyRepr(e.person())
        + ", 'role': "
        + pyRepr(e.role())
        + ", 'organization': "
        + pyRepr(e.organization())
        + "}";
  }

  /**
   * Python's {@code "%.3f"}: rounded from the exact binary value, so 0.7715 (stored as
   * 0.77149999...) prints 0.771, where {@link String#format} would print 0.772.
   */
  private static String three(double v) {
    return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Python's repr of a string (or None), for the strings the normalization leaves. */
  private static String pyRepr(String s) {
    if (s == null) {
      return "None";
    }
    if (s.contains("'") && !s.contains("\"")) {
      return "\"" + s.replace("\\", "\\\\") + "\"";
    }
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
