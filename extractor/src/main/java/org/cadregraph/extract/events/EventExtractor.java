package org.cadregraph.extract.events;

import java.util.List;
import org.cadregraph.extract.model.AnalyzedSentence;
import org.cadregraph.extract.model.Deadline;

/** The event stage: the events an article reports and who took part in them. Thread-safe. */
public interface EventExtractor {

  /**
   * The article's events with named participants, the main one first; empty when it reports none.
   */
  List<ArticleEvent> extract(List<AnalyzedSentence> sentences, Deadline deadline);

  /**
   * Named gatherings and visits found by their cue words, participants by the verbs naming them.
   */
  static EventExtractor cueWords() {
    return new CueWordEventExtractor();
  }
}
