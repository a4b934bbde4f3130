package org.cadregraph.extract.names;

import java.util.List;
import org.cadregraph.extract.model.PersonName;
import org.cadregraph.extract.model.Sentence;

/** The person-name stage: finds the names of persons in a sentence, in order. Thread-safe. */
public interface NameFinder {

  List<PersonName> find(Sentence sentence);

  /** Korean names by KCNA romanization, foreign names by the title before them. */
  static NameFinder romanized() {
    return new RomanizedNameFinder();
  }
}
