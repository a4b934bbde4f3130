package org.cadregraph.extract.names;

import java.util.List;
import org.cadregraph.extract.nlp.Sentence;

/** The person-name stage: finds the names of persons in a sentence, in order. Thread-safe. */
public interface NameFinder {

  List<PersonName> find(Sentence sentence);
}
