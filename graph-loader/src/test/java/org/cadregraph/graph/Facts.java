package org.cadregraph.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cadregraph.facts.ArticleInfo;
import org.cadregraph.facts.CellHonour;
import org.cadregraph.facts.EventFact;
import org.cadregraph.facts.EventKind;
import org.cadregraph.facts.Evidence;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.Holds;
import org.cadregraph.facts.ListRank;
import org.cadregraph.facts.Mention;
import org.cadregraph.facts.PartOf;
import org.cadregraph.facts.Participation;
import org.cadregraph.facts.ParticipationKind;
import org.cadregraph.facts.PostStatus;

/** Builds one article's facts for tests, ArticleInfo first. Not thread-safe. */
final class Facts {
  private final String article;
  private final List<Fact> facts = new ArrayList<>();
  private int offset;

  private Facts(String article, String date, String hash) {
    this(article, article, date, hash);
  }

  private Facts(String article, String file, String date, String hash) {
    this.article = article;
    facts.add(
        new ArticleInfo(
            article,
            "Title of " + article,
            date,
            "dateline",
            "http://example.org/" + article,
            "KCNA",
            file,
            hash,
            "test-extractor-1",
            100));
  }

  static Facts article(String article, String date) {
    return new Facts(article, date, "hash-of-" + article);
  }

  static Facts article(String article, String date, String hash) {
    return new Facts(article, date, hash);
  }

  /** Article {@code n} of a file that holds several, id {@code file#n}. */
  static Facts articleOfFile(String file, int n, String date) {
    return new Facts(file + "#" + n, file, date, "hash-of-" + file + "#" + n);
  }

  Facts holds(String person, String role, String organization, String... path) {
    return holds(person, null, role, organization, PostStatus.CURRENT, null, path);
  }

  Facts holds(
      String person,
      String personKey,
      String role,
      String organization,
      PostStatus status,
      Integer listIndex,
      String... path) {
    return holds(person, personKey, role, organization, status, listIndex, null, path);
  }

  /** A post stated at {@code rank} in the article's list. */
  Facts holds(
      String person,
      String personKey,
      String role,
      String organization,
      PostStatus status,
      Integer listIndex,
      ListRank rank,
      String... path) {
    facts.add(
        new Holds(
            article,
            person,
            personKey,
            role,
            organization,
            Arrays.asList(path),
            status,
            listIndex,
            rank,
            evidence(person + ", " + role + " of " + organization + ".")));
    return this;
  }

  /** A post stated in {@code sentence}, as the article writes it. */
  Facts holdsSaying(
      String sentence, String person, String role, String organization, String... path) {
    facts.add(
        new Holds(
            article,
            person,
            null,
            role,
            organization,
            Arrays.asList(path),
            PostStatus.CURRENT,
            null,
            null,
            evidence(sentence)));
    return this;
  }

  Facts partOf(String child, String parent) {
    facts.add(new PartOf(article, child, parent, evidence(child + " under " + parent)));
    return this;
  }

  Facts event(String name, EventKind kind, String date, String leader) {
    facts.add(new EventFact(article, name, kind, date, leader, evidence(name + " took place.")));
    return this;
  }

  Facts took(String person, String event, ParticipationKind kind) {
    return took(person, event, kind, null);
  }

  /** A participation at {@code rank} in the article's list. */
  Facts took(String person, String event, ParticipationKind kind, ListRank rank) {
    facts.add(
        new Participation(
            article, event, person, null, kind, rank, evidence(person + " at " + event)));
    return this;
  }

  Facts mention(String person) {
    facts.add(new Mention(article, person, null, evidence(person + " was there.")));
    return this;
  }

  Facts cell(String unit, String honour, String event) {
    facts.add(
        new CellHonour(
            article, unit, honour, event, evidence("The cell of " + unit + " was honoured.")));
    return this;
  }

  List<Fact> facts() {
    return List.copyOf(facts);
  }

  private Evidence evidence(String sentence) {
    Evidence evidence = new Evidence(sentence, offset, offset + sentence.length());
    offset += sentence.length() + 1;
    return evidence;
  }
}
