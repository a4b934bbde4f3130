package org.cadregraph.extract.orgs;

import java.util.List;
import org.cadregraph.extract.model.PersonName;
import org.cadregraph.extract.model.Sentence;

/**
 * The stand-alone organization stage: nested organization phrases a sentence names outside any post
 * ("the Supreme Command of the KPA", "KPA Combined Unit 655"), whose containment is a fact of its
 * own. Thread-safe.
 */
public interface OrganizationPhraseFinder {

  /** The nested phrases naming an organization inside another one, as written, in order. */
  List<String> find(Sentence sentence, List<PersonName> names);

  /** True when {@code phrase} names an organization or unit rather than a place, post or thing. */
  boolean isOrganization(String phrase);

  /** Phrases whose head noun names a kind of organization or unit. */
  static OrganizationPhraseFinder headNoun() {
    return new HeadNounOrganizationPhraseFinder();
  }
}
