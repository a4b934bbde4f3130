package org.cadregraph.extract.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code participation}: the system's events are first aligned one to one with the article's gold
 * events (by name where the names agree leniently, else by the most persons shared; ties by event
 * name, then gold order), then each (person, kind) of an aligned event counts once. Stateless and
 * thread-safe.
 */
public final class ParticipationEvaluator implements MeasureEvaluator {

  @Override
  public String name() {
    return "participation";
  }

  private record Part(String person, String as) {}

  private record Gold(List<String> names, Set<Part> parts) {}

  private record Candidate(boolean named, int shared, String event, int gold) {}

  private static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparing(Candidate::named)
          .reversed()
          .thenComparing(Comparator.comparingInt(Candidate::shared).reversed())
          .thenComparing(Candidate::event)
          .thenComparingInt(Candidate::gold);

  @Override
  public ArticleScore evaluate(GoldArticle gold, List<FactRow> facts) {
    List<Gold> goldEvents = new ArrayList<>();
    for (GoldArticle.Event e : gold.events()) {
      Set<Part> parts = new HashSet<>();
      for (GoldArticle.Participant p : e.participants()) {
        parts.add(new Part(TextMatch.personKey(p.persons().get(0)), p.as()));
      }
      goldEvents.add(new Gold(e.names().stream().map(TextMatch::norm).toList(), parts));
    }
    Map<String, Set<Part>> sysEvents = new LinkedHashMap<>();
    for (FactRow r : facts) {
      String event = TextMatch.norm(r.event());
      String person = TextMatch.personKey(r.person());
      if (r.is("participation") && event != null && !event.isEmpty() && person != null) {
        sysEvents.computeIfAbsent(event, k -> new LinkedHashSet<>()).add(new Part(person, r.as()));
      }
    }
    Map<String, Integer> aligned = align(sysEvents, goldEvents);
    int tp = 0;
    for (Map.Entry<String, Set<Part>> e : sysEvents.entrySet()) {
      Integer gi = aligned.get(e.getKey());
      if (gi != null) {
        Set<Part> both = new HashSet<>(e.getValue());
        both.retainAll(goldEvents.get(gi).parts());
        tp += both.size();
      }
    }
    int system = sysEvents.values().stream().mapToInt(Set::size).sum();
    int goldCount = goldEvents.stream().mapToInt(g -> g.parts().size()).sum();
    return ArticleScore.of(tp, system, goldCount);
  }

  /** System event name to the index of its gold event, greedily, best candidates first. */
  private static Map<String, Integer> align(Map<String, Set<Part>> sysEvents, List<Gold> gold) {
    List<Candidate> candidates = new ArrayList<>();
    sysEvents.forEach(
        (event, parts) -> {
          for (int gi = 0; gi < gold.size(); gi++) {
            Gold g = gold.get(gi);
            boolean named = g.names().stream().anyMatch(n -> TextMatch.orgMatch(event, n, true));
            Set<String> shared = persons(parts);
            shared.retainAll(persons(g.parts()));
            if (named || !shared.isEmpty()) {
              candidates.add(new Candidate(named, shared.size(), event, gi));
            }
          }
        });
    candidates.sort(BEST_FIRST);
    Map<String, Integer> aligned = new HashMap<>();
    Set<Integer> used = new HashSet<>();
    for (Candidate c : candidates) {
      if (!aligned.containsKey(c.event()) && used.add(c.gold())) {
        aligned.put(c.event(), c.gold());
      }
    }
    return aligned;
  }

  private static Set<String> persons(Set<Part> parts) {
    Set<String> out = new HashSet<>();
    for (Part p : parts) {
      out.add(p.person());
    }
    return out;
  }
}
