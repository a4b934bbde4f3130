package org.cadregraph.facts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The closed set of event kinds the extractor recognizes. */
public enum EventKind {
  CONGRESS,
  CONFERENCE,
  MEETING,
  SESSION,
  INSPECTION,
  VISIT,
  CEREMONY,
  FUNERAL,
  RECEPTION,
  PERFORMANCE,
  EXERCISE,
  OTHER;

  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
