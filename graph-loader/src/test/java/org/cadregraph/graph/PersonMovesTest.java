package org.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadregraph.facts.EventKind;
import org.cadregraph.facts.ParticipationKind;
import org.junit.jupiter.api.Test;

/**
 * A moved report's nodes get the keys the article's plan gives under the new person key: the keys
 * of the plan under the old key, re-keyed, are those of the plan under the new one.
 */
class PersonMovesTest {
  private static final String RECEPTION = "reception for the ASEAN delegation";
  private static final String FROM = "ri yong ho";
  private static final String TO = "ri yong ho @ foreign service";

  private static final Facts REPORT =
      Facts.article("reception.txt", "2011-07-23")
          .event(RECEPTION, EventKind.RECEPTION, "2011-07-22", "Ri Yong Ho")
          .holds("Ri Yong Ho", "vice-minister", "Foreign Affairs")
          .took("Ri Yong Ho", RECEPTION, ParticipationKind.SPOKE)
          .took("Kim Chol", RECEPTION, ParticipationKind.ATTENDED)
          .mention("Ri Yong Ho")
          .cell("Kangdong Farm", "title of model cell", RECEPTION);

  @Test
  void everyKeyHoldingThePersonsKeyIsTheOneThePlanUnderTheNewKeyGives() {
    ArticlePlan before = ArticlePlan.of(REPORT.facts(), Corrections.none());
    ArticlePlan after =
        ArticlePlan.of(
            REPORT.facts(),
            new Corrections(List.of(new Correction(Correction.Kind.SAME_AS, FROM, TO))));

    Map<String, PersonMoves.Rekeyed> moved = PersonMoves.rekeyed(closure(before), FROM, TO);

    Map<String, String> rekeyed = new HashMap<>();
    moved.forEach((id, node) -> rekeyed.put(id, node.key()));
    Set<String> keys = new HashSet<>();
    keys(before).forEach(key -> keys.add(rekeyed.getOrDefault(key, key)));
    assertThat(keys).isEqualTo(keys(after));
    assertThat(moved.values())
        .extracting(PersonMoves.Rekeyed::label)
        .contains(
            NodeLabel.PERSON,
            NodeLabel.POST,
            NodeLabel.EVENT,
            NodeLabel.PARTICIPATION,
            NodeLabel.CITATION);
    // Kim Chol's participation is at the event Ri Yong Ho led: it moves with the event.
    assertThat(moved.values())
        .extracting(PersonMoves.Rekeyed::key)
        .anyMatch(key -> key.startsWith("kim chol | attended | ") && key.endsWith(" | " + TO));
  }

  /**
   * What the database would return for the person in this plan, with keys standing in for element
   * ids.
   */
  private static PersonMoves.Closure closure(ArticlePlan plan) {
    Map<String, String> posts = new HashMap<>();
    Map<String, String> took = new HashMap<>();
    Map<String, String> led = new HashMap<>();
    Map<String, List<String>> atLed = new HashMap<>();
    Map<String, List<String>> citedAtLed = new HashMap<>();
    for (LinkRow link : plan.links().get(Link.HOLDS)) {
      if (link.from().equals(FROM)) {
        posts.put(link.to(), link.to());
      }
    }
    for (LinkRow link : plan.links().get(Link.TOOK_PART)) {
      if (link.from().equals(FROM)) {
        took.put(link.to(), link.to());
      }
    }
    for (LinkRow link : plan.links().get(Link.LED_BY)) {
      if (link.to().equals(FROM)) {
        led.put(link.from(), link.from());
      }
    }
    for (LinkRow link : plan.links().get(Link.PARTICIPATION_AT)) {
      if (led.containsKey(link.to())) {
        atLed.put(link.from(), List.of(link.from(), link.to()));
      }
    }
    for (LinkRow link : plan.links().get(Link.CITATION_AT)) {
      if (led.containsKey(link.to())) {
        citedAtLed.put(link.from(), List.of(link.from(), link.to()));
      }
    }
    return new PersonMoves.Closure(FROM, posts, took, led, atLed, citedAtLed);
  }

  private static Set<String> keys(ArticlePlan plan) {
    Set<String> keys = new HashSet<>();
    plan.nodes().values().forEach(byKey -> keys.addAll(byKey.keySet()));
    return keys;
  }
}
