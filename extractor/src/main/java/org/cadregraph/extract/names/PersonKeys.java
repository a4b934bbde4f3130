package org.cadregraph.extract.names;

import java.util.List;
import org.cadregraph.extract.model.AnalyzedSentence;
import org.cadregraph.extract.model.PersonName;

/**
 * The person keys of one article: which occurrences of one name the article itself shows to be
 * different persons, each with a key of its own. Built per article from its analyzed sentences;
 * immutable once built.
 */
public interface PersonKeys {

  /** The key of the name starting at its token in sentence {@code sentence}, or null for none. */
  String keyOf(int sentence, PersonName name);

  /** True when no name of the article needs a key. */
  boolean isEmpty();

  /** Keys for the same name standing twice in one list of names. */
  static PersonKeys sameNameInList(List<AnalyzedSentence> sentences) {
    return new SameNamePersonKeys(sentences);
  }
}
