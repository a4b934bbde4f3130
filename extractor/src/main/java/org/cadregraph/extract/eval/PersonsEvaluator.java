package org.cadregraph.extract.eval;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code persons}: the persons named, compared by a romanization-tolerant key ("Kim Jong-un" = "Kim
 * Jong Un"). Gold persons are those of holds and event participants; system persons those of holds,
 * participation and mention rows. A system person the gold does not list is left out of the count
 * where that exact name stands in the article's text as whole words, since the gold lists only
 * persons with a fact. Stateless and thread-safe.
 */
public final class PersonsEvaluator implements MeasureEvaluator {
  private static final Set<String> PERSON_TYPES = Set.of("holds", "participation", "mention");

  @Override
  public String name() {
    return "persons";
  }

  @Override
  public ArticleScore evaluate(GoldArticle gold, List<FactRow> facts) {
    // a gold person whose name gives no key still counts (once), as in the scorer
    Set<String> goldPersons = new HashSet<>();
    for (GoldArticle.Holds h : gold.holds()) {
      goldPersons.add(TextMatch.personKey(h.persons().get(0)));
    }
    for (GoldArticle.Event e : gold.events()) {
      for (GoldArticle.Participant p : e.participants()) {
        goldPersons.add(TextMatch.personKey(p.persons().get(0)));
      }
    }
    Map<String, String> surfaces = new LinkedHashMap<>();
    for (FactRow r : facts) {
      String key = TextMatch.personKey(r.person());
      if (PERSON_TYPES.contains(r.type()) && key != null) {
        surfaces.putIfAbsent(key, r.person());
      }
    }
    Set<String> systemPersons = new HashSet<>();
    surfaces.forEach(
        (key, surface) -> {
          if (goldPersons.contains(key) || !TextMatch.namedInText(surface, gold.text())) {
            systemPersons.add(key);
          }
        });
    Set<String> both = new HashSet<>(goldPersons);
    both.retainAll(systemPersons);
    return ArticleScore.of(both.size(), systemPersons.size(), goldPersons.size());
  }
}
