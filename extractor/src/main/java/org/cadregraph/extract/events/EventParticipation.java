package org.cadregraph.extract.events;

import org.cadregraph.extract.model.AnalyzedSentence;
import org.cadregraph.extract.model.PersonName;
import org.cadregraph.facts.ListRank;
import org.cadregraph.facts.ParticipationKind;

/**
 * One person's part in the article's event, with the sentence that states it and, where the text
 * names the person in an ordered list (those accompanying, speakers, recipients ...), the place in
 * that list. Immutable.
 *
 * @param rank the place in the list, or null when the person is named in no list
 */
public record EventParticipation(
    PersonName person, ParticipationKind kind, AnalyzedSentence evidence, ListRank rank) {

  /** A participation named outside any ordered list, or before the list is complete. */
  public EventParticipation(PersonName person, ParticipationKind kind, AnalyzedSentence evidence) {
    this(person, kind, evidence, null);
  }

  /** The same participation at {@code place} in its list. */
  EventParticipation ranked(ListRank place) {
    return new EventParticipation(person, kind, evidence, place);
  }
}
