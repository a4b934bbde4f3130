package org.cadregraph.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An event an article reports: a meeting, conference, inspection, ceremony and the like.
 *
 * @param article the article's id
 * @param event the event's name as written
 * @param kind what kind of event it is
 * @param date the date it took place (possibly partial), or null when not known
 * @param leader the leading participant (who guided, presided over or inspected), or null
 * @param evidence the sentence that names it
 */
public record EventFact(
    String article, String event, EventKind kind, String date, String leader, Evidence evidence)
    implements Fact {

  public EventFact {
    Checks.text(article, "article");
    Checks.text(event, "event");
    kind = kind == null ? EventKind.OTHER : kind;
    date = PartialDate.check(date);
    leader = Checks.optionalText(leader);
  }

  @Override
  @JsonIgnore
  public FactType type() {
    return FactType.EVENT;
  }
}
