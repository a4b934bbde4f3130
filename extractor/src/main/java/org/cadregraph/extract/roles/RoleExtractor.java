package org.cadregraph.extract.roles;

import java.util.List;
import org.cadregraph.extract.model.PersonName;
import org.cadregraph.extract.model.RoleFinding;
import org.cadregraph.extract.model.Sentence;

/** The role stage: the posts a sentence states for the persons it names. Thread-safe. */
public interface RoleExtractor {

  /**
   * @param sentence the sentence
   * @param names the persons found in it, in order
   * @param antecedent the person a leading "He"/"She" refers to, or null
   */
  List<RoleFinding> extract(Sentence sentence, List<PersonName> names, PersonName antecedent);

  /** Appositions ("X, secretary of Y"), titles before a name, elections, careers via "He". */
  static RoleExtractor apposition() {
    return new AppositionRoleExtractor();
  }
}
