package org.cadregraph.extract.eval;

import java.util.Arrays;
import java.util.List;

/** Small hand-made gold articles and fact rows for the measure tests. */
final class Fixtures {
  static final String ARTICLE = "a.txt";

  private Fixtures() {}

  static GoldArticle gold(String text, List<GoldArticle.Holds> holds) {
    return new GoldArticle(ARTICLE, null, text, holds, List.of(), List.of());
  }

  static GoldArticle goldPartOf(List<GoldArticle.PartOf> partOf) {
    return new GoldArticle(ARTICLE, null, null, List.of(), partOf, List.of());
  }

  static GoldArticle goldEvents(List<GoldArticle.Event> events) {
    return new GoldArticle(ARTICLE, null, null, List.of(), List.of(), events);
  }

  static GoldArticle.Holds holds(String person, String role, String organization) {
    return new GoldArticle.Holds(alts(person), alts(role), alts(organization));
  }

  static GoldArticle.Event event(String name, GoldArticle.Participant... participants) {
    return new GoldArticle.Event(alts(name), List.of(participants));
  }

  static GoldArticle.Participant as(String person, String kind) {
    return new GoldArticle.Participant(alts(person), kind);
  }

  /** Alternatives; one null stands for "none". */
  static List<String> alts(String... values) {
    return Arrays.asList(values);
  }

  static FactRow holdsRow(String person, String role, String organization) {
    return new FactRow(ARTICLE, "holds", person, role, organization, null, null, null, null);
  }

  static FactRow partOfRow(String child, String parent) {
    return new FactRow(ARTICLE, "part_of", null, null, null, child, parent, null, null);
  }

  static FactRow participationRow(String event, String person, String kind) {
    return new FactRow(ARTICLE, "participation", person, null, null, null, null, event, kind);
  }

  static FactRow mentionRow(String person) {
    return new FactRow(ARTICLE, "mention", person, null, null, null, null, null, null);
  }
}
