package org.cadregraph.extract.eval;

import java.util.List;
import java.util.Objects;

/**
 * The result of scoring facts against gold annotations: the number of gold articles, the figure of
 * each measure over all of them, the same figures genre by genre (empty where no gold folder names
 * the genres of its articles), and the holds records that found no partner. Immutable.
 */
public record EvaluationReport(
    int articles, List<Measure> measures, List<Genre> genres, List<Mismatch> mismatches) {

  /** Articles without a genre, where other articles have one. */
  public static final String NO_GENRE = "(no kind)";

  public EvaluationReport {
    measures = List.copyOf(measures);
    genres = List.copyOf(genres);
    mismatches = List.copyOf(mismatches);
  }

  /** The figures of the articles of one genre. */
  public record Genre(String name, int articles, List<Measure> measures) {
    public Genre {
      Objects.requireNonNull(name, "name");
      measures = List.copyOf(measures);
    }

    public Measure measure(String measureName) {
      return find(measures, measureName);
    }
  }

  /** The overall figure of the measure of that name. */
  public Measure measure(String name) {
    return find(measures, name);
  }

  /** The figures of one genre. */
  public Genre genre(String name) {
    return genres.stream()
        .filter(g -> g.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no genre '"
                        + name
                        + "'; valid: "
                        + genres.stream().map(Genre::name).toList()));
  }

  /** Genres in name order, articles without one last. */
  static int compareGenres(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    if (a.equals(NO_GENRE) || b.equals(NO_GENRE)) {
      return a.equals(NO_GENRE) ? 1 : -1;
    }
    return a.compareTo(b);
  }

  private static Measure find(List<Measure> measures, String name) {
    return measures.stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no measure '"
                        + name
                        + "'; valid: "
                        + measures.stream().map(Measure::name).toList()));
  }
}
