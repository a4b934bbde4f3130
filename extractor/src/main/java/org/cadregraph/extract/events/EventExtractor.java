package org.cadregraph.extract.events;

import java.util.List;
import java.util.Optional;

/** The event stage: the event an article reports and who took part in it. Thread-safe. */
public interface EventExtractor {

  /** The article's event, or empty when it reports none with named participants. */
  Optional<ArticleEvent> extract(List<AnalyzedSentence> sentences);
}
