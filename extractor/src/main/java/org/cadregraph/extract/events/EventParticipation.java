package org.cadregraph.extract.events;

import org.cadregraph.extract.model.AnalyzedSentence;
import org.cadregraph.extract.model.PersonName;
import org.cadregraph.facts.ParticipationKind;

/** One person's part in the article's event, with the sentence that states it. Immutable. */
public record EventParticipation(
    PersonName person, ParticipationKind kind, AnalyzedSentence evidence) {}
