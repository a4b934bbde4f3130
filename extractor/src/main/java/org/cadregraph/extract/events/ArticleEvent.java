package org.cadregraph.extract.events;

import java.util.List;
import org.cadregraph.extract.model.AnalyzedSentence;
import org.cadregraph.facts.EventKind;

/**
 * The event an article reports, named as written, with who took part and how. Immutable.
 *
 * @param name the event's name
 * @param kind its kind
 * @param leader the person who guided or presided, or null
 * @param evidence the sentence that names it
 * @param participants who took part, in text order
 * @param monthDay the month and day the text gives for it ("on July 30" -> "07-30"), or null
 */
public record ArticleEvent(
    String name,
    EventKind kind,
    String leader,
    AnalyzedSentence evidence,
    List<EventParticipation> participants,
    String monthDay) {

  public ArticleEvent {
    participants = List.copyOf(participants);
  }
}
