package org.cadregraph.extract.events;

import java.util.List;
import org.cadregraph.extract.Deadline;

/** The event stage: the events an article reports and who took part in them. Thread-safe. */
public interface EventExtractor {

  /**
   * The article's events with named participants, the main one first; empty when it reports none.
   */
  List<ArticleEvent> extract(List<AnalyzedSentence> sentences, Deadline deadline);
}
