package org.cadregraph.extract.eval;

import java.util.List;

/**
 * The result of scoring facts against gold annotations: the number of gold articles, the five
 * measures (holds strict and lenient, persons, part_of, participation) and the holds errors
 * ("spurious" / "missed" lines). Immutable.
 */
public record EvaluationReport(int articles, List<Measure> measures, List<String> errors) {

  public EvaluationReport {
    measures = List.copyOf(measures);
    errors = List.copyOf(errors);
  }

  public Measure measure(String name) {
    return measures.stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no measure '"
                        + name
                        + "'; valid: holds_strict, "
                        + "holds_lenient, persons, part_of, participation"));
  }

  /** The report as the scorer prints it, with the first {@code showErrors} error lines. */
  public String format(int showErrors) {
    StringBuilder out = new StringBuilder("articles scored: ").append(articles).append('\n');
    for (Measure m : measures) {
      out.append(m.line()).append('\n');
    }
    for (int i = 0; i < Math.min(showErrors, errors.size()); i++) {
      out.append(errors.get(i)).append('\n');
    }
    return out.toString();
  }
}
