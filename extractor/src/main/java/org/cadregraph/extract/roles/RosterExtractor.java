package org.cadregraph.extract.roles;

import java.util.List;
import org.cadregraph.extract.model.AnalyzedSentence;
import org.cadregraph.extract.model.Deadline;
import org.cadregraph.extract.model.RoleFinding;

/**
 * The roster stage: posts stated by the layout of a whole passage rather than one sentence (member
 * lists of committees, "Chairman: X / Members: A, B, ..." tables). Thread-safe.
 */
public interface RosterExtractor {

  /** A post found by its place in a roster, with the index of the sentence naming the person. */
  record Listed(int sentence, RoleFinding finding) {}

  List<Listed> extract(List<AnalyzedSentence> sentences, Deadline deadline);

  /** Member lists ("made up of the following persons: A, B") and headed lines ("Chairman: A"). */
  static RosterExtractor headedLists() {
    return new HeadedListRosterExtractor();
  }
}
