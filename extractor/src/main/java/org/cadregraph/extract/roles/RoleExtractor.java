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
    RoleExtractor sentenceRules = new AppositionRoleExtractor();
    RoleExtractor electedAs = new ElectedAsRoleExtractor();
    return (sentence, names, antecedent) -> {
      List<RoleFinding> found = sentenceRules.extract(sentence, names, antecedent);
      List<RoleFinding> more = electedAs.extract(sentence, names, antecedent);
      if (more.isEmpty()) {
        return found;
      }
      java.util.Set<RoleFinding> all = new java.util.LinkedHashSet<>(found);
      for (RoleFinding f : more) {
        if (found.stream()
            .noneMatch(g -> g.person().equals(f.person()) && g.role().equalsIgnoreCase(f.role()))) {
          all.add(f);
        }
      }
      return List.copyOf(all);
    };
  }
}
