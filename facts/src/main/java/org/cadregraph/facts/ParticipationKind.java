package org.cadregraph.facts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a person took part in an event. */
public enum ParticipationKind {
  /** Guided, presided over, chaired or conducted it. */
  GUIDED,
  /** Made a speech, report or conclusion at it. */
  SPOKE,
  /** Was present at it, accompanied, watched or took part. */
  ATTENDED,
  /** Received an order, medal, title or testimonial at it. */
  AWARDED,
  /** Was elected, appointed or promoted at it. */
  APPOINTED,
  /** Was released, recalled or dismissed at it. */
  DISMISSED;

  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
