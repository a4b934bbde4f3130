package org.cadregraph.extract.events;

import java.util.List;
import org.cadregraph.extract.names.PersonName;
import org.cadregraph.extract.nlp.Sentence;
import org.cadregraph.extract.roles.RoleFinding;

/** A sentence with the persons and posts the earlier stages found in it. Immutable. */
public record AnalyzedSentence(
    Sentence sentence, List<PersonName> names, List<RoleFinding> roles, boolean title) {

  public AnalyzedSentence {
    names = List.copyOf(names);
    roles = List.copyOf(roles);
  }
}
