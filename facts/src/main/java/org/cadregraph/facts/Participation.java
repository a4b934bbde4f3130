package org.cadregraph.facts;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A person took part in an event in one way.
 *
 * @param article the article's id
 * @param event the event's name as written (the same string as its {@link EventFact})
 * @param person the person's name
 * @param personKey as in {@link Holds#personKey()}
 * @param kind how the person took part
 * @param rank the person's place in the ordered list of persons the evidence sentence gives (those
 *     accompanying, present, speaking, awarded ...), or null when the text gives no such list
 * @param evidence the sentence that states it
 */
public record Participation(
    String article,
    String event,
    String person,
    @JsonProperty("person_key") String personKey,
    @JsonProperty("as") ParticipationKind kind,
    ListRank rank,
    Evidence evidence)
    implements Fact {

  public Participation {
    Checks.text(article, "article");
    Checks.text(event, "event");
    Checks.text(person, "person");
    personKey = Checks.optionalText(personKey);
    requireNonNull(kind, "as");
  }

  @Override
  @JsonIgnore
  public FactType type() {
    return FactType.PARTICIPATION;
  }
}
