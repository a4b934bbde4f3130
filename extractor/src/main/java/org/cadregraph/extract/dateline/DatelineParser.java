package org.cadregraph.extract.dateline;

import java.util.List;
import java.util.Optional;

/** The dateline stage: finds the datelines of wire reports in normalized text. Thread-safe. */
public interface DatelineParser {

  /** The dateline opening the article, searched near its start; empty when it has none. */
  Optional<Dateline> find(String text);

  /** Every dateline that opens a line: where the reports of a multi-article file begin. */
  List<Dateline> findAllAtLineStarts(String text);

  /**
   * One linear regular expression over the known dateline shapes ("Pyongyang, April 9 (KCNA) --").
   */
  static DatelineParser patterns() {
    return new PatternDatelineParser();
  }
}
