package org.cadregraph.extract.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Scores fact rows against gold articles with a set of measures, over all articles and genre by
 * genre. With {@link #standard()} the figures are those of the project's scorer ({@code
 * eval/score.py}): holds strict and lenient, persons, part_of, participation. Every measure counts
 * article by article, so the figures over several gold folders are those of one folder holding them
 * all. Stateless and thread-safe where its measures are (the standard ones are).
 */
public final class FactEvaluator {
  private final List<MeasureEvaluator> measures;

  /** An evaluator with these measures, reported in this order. */
  public FactEvaluator(List<MeasureEvaluator> measures) {
    this.measures = List.copyOf(measures);
    if (this.measures.isEmpty()) {
      throw new IllegalArgumentException("an evaluator needs at least one measure");
    }
  }

  /** The scorer's five measures, in its order. */
  public static FactEvaluator standard() {
    return new FactEvaluator(
        List.of(
            HoldsEvaluator.strict(),
            HoldsEvaluator.lenient(),
            new PersonsEvaluator(),
            new PartOfEvaluator(),
            new ParticipationEvaluator()));
  }

  /**
   * Scores the rows against the gold. Only articles with gold are scored; rows of other articles
   * are passed over, and a gold article without rows scores as one the system found nothing in.
   */
  public EvaluationReport evaluate(List<GoldArticle> gold, List<FactRow> rows) {
    Map<String, List<FactRow>> byArticle = new HashMap<>();
    for (FactRow r : rows) {
      byArticle.computeIfAbsent(r.article(), k -> new ArrayList<>()).add(r);
    }
    boolean anyGenre = gold.stream().anyMatch(g -> g.genre() != null);
    List<Measure> overall = zero();
    Map<String, List<Measure>> byGenre = new TreeMap<>(EvaluationReport::compareGenres);
    Map<String, Integer> articlesByGenre = new HashMap<>();
    List<Mismatch> mismatches = new ArrayList<>();
    for (GoldArticle g : gold) {
      List<FactRow> facts = byArticle.getOrDefault(g.article(), List.of());
      String genre = Objects.requireNonNullElse(g.genre(), EvaluationReport.NO_GENRE);
      List<Measure> ofGenre = byGenre.computeIfAbsent(genre, k -> zero());
      articlesByGenre.merge(genre, 1, Integer::sum);
      for (int i = 0; i < measures.size(); i++) {
        ArticleScore score = measures.get(i).evaluate(g, facts);
        overall.set(i, overall.get(i).plus(score));
        ofGenre.set(i, ofGenre.get(i).plus(score));
        mismatches.addAll(score.mismatches());
      }
    }
    List<EvaluationReport.Genre> genres = new ArrayList<>();
    if (anyGenre) {
      byGenre.forEach(
          (name, figures) ->
              genres.add(new EvaluationReport.Genre(name, articlesByGenre.get(name), figures)));
    }
    return new EvaluationReport(gold.size(), overall, genres, mismatches);
  }

  private List<Measure> zero() {
    List<Measure> zero = new ArrayList<>();
    for (MeasureEvaluator m : measures) {
      zero.add(new Measure(m.name(), 0, 0, 0));
    }
    return zero;
  }
}
