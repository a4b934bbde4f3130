package org.cadregraph.extract.roles;

import java.util.ArrayList;
import java.util.List;
import org.cadregraph.extract.model.AnalyzedSentence;
import org.cadregraph.extract.model.Deadline;
import org.cadregraph.extract.model.RoleFinding;

/**
 * The roster stage: posts stated by the layout of a whole passage rather than one sentence (member
 * lists of committees, "Chairman: X / Members: A, B, ..." tables). Thread-safe.
 */
public interface RosterExtractor {

  /**
   * A post found by its place in a roster, with the index of the sentence naming the person; where
   * {@code supersedes}, it replaces the posts the sentence rules read for that person in that
   * sentence (they could not see the roster's heading).
   */
  record Listed(int sentence, RoleFinding finding, boolean supersedes) {

    public Listed(int sentence, RoleFinding finding) {
      this(sentence, finding, false);
    }
  }

  List<Listed> extract(List<AnalyzedSentence> sentences, Deadline deadline);

  /**
   * Member lists ("made up of the following persons: A, B"), headed lines ("Chairman: A") and "Role
   * Name" lines under a body heading ("The DPRK Cabinet:" / "Premier A," / "Minister of X B").
   */
  static RosterExtractor headedLists() {
    RosterExtractor members = new HeadedListRosterExtractor();
    RosterExtractor lines = new BodyHeadedLinesRosterExtractor();
    return (sentences, deadline) -> {
      List<Listed> out = new ArrayList<>(members.extract(sentences, deadline));
      out.addAll(lines.extract(sentences, deadline));
      return out;
    };
  }
}
