package org.cadregraph.extract.eval;

import java.util.List;

/**
 * One measure of extraction quality, scored article by article: what the system got right against
 * one gold article, given the fact rows the system wrote for that article. The counts of all
 * articles add up to the measure's figure, so any subset of articles (a genre, a folder) is scored
 * by adding its articles. Implementations are stateless and thread-safe.
 */
public interface MeasureEvaluator {

  /** The measure's name as the scorer prints it ({@code holds_strict}, {@code persons}, ...). */
  String name();

  /**
   * Scores one article.
   *
   * @param gold the article's gold annotations
   * @param facts the system's rows for this article (all types; each measure picks its own)
   */
  ArticleScore evaluate(GoldArticle gold, List<FactRow> facts);
}
