package org.cadregraph.extract.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One gold file ({@code *.gold.json}) as the measures read it: the article it annotates, its genre
 * (from the folder's {@code INDEX.tsv}, or null), the cleaned text of the article (or null where
 * the text file is absent) and the annotated records, with their alternatives in file order.
 * Immutable.
 *
 * @param article the article id, as the facts name it ({@code kcna-001.txt}, {@code x.txt#2})
 * @param genre the part of {@code INDEX.tsv}'s {@code kind} before ":", or null
 * @param text the article's text, cleaned as the scorer cleans it, or null
 */
public record GoldArticle(
    String article,
    String genre,
    String text,
    List<Holds> holds,
    List<PartOf> partOf,
    List<Event> events) {

  public GoldArticle {
    Objects.requireNonNull(article, "article");
    holds = List.copyOf(holds);
    partOf = List.copyOf(partOf);
    events = List.copyOf(events);
  }

  /** The same article under another genre. */
  public GoldArticle withGenre(String newGenre) {
    return new GoldArticle(article, newGenre, text, holds, partOf, events);
  }

  /** A post held: each field lists its accepted alternatives, the first canonical. */
  public record Holds(List<String> persons, List<String> roles, List<String> organizations) {
    public Holds {
      persons = alternatives(persons, "persons");
      roles = alternatives(roles, "roles");
      organizations = alternatives(organizations, "organizations");
    }
  }

  /** An organization inside another, each side with its accepted alternatives. */
  public record PartOf(List<String> children, List<String> parents) {
    public PartOf {
      children = alternatives(children, "children");
      parents = alternatives(parents, "parents");
    }
  }

  /** An event: its accepted names and who took part, as what. */
  public record Event(List<String> names, List<Participant> participants) {
    public Event {
      names = alternatives(names, "names");
      participants = List.copyOf(participants);
    }
  }

  /**
   * A participant of an event: the person's alternatives and the kind ({@code guided}, ...), null
   * where absent.
   */
  public record Participant(List<String> persons, String as) {
    public Participant {
      persons = alternatives(persons, "persons");
    }
  }

  /** At least one alternative; null stands for "none" (no organization), so it is kept. */
  private static List<String> alternatives(List<String> values, String field) {
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException(field + " needs at least one alternative (null for none)");
    }
    return Collections.unmodifiableList(new ArrayList<>(values));
  }
}
