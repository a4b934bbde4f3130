package org.cadregraph.extract.model;

import java.util.List;

/** A sentence with the persons and posts the earlier stages found in it. Immutable. */
public record AnalyzedSentence(
    Sentence sentence, List<PersonName> names, List<RoleFinding> roles, boolean title) {

  public AnalyzedSentence {
    names = List.copyOf(names);
    roles = List.copyOf(roles);
  }
}
