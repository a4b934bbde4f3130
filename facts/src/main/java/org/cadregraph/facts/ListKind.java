package org.cadregraph.facts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What kind of ordered list of persons a report gives, the list a {@link ListRank} is a place in.
 * Lists of different kinds are not compared: the first of those accompanying the leader and the
 * first speaker at a meeting rank by different orders.
 */
public enum ListKind {
  /** Officials accompanying the leader ("He was accompanied by A, B and C"). */
  ACCOMPANYING,
  /** Persons present, attending, watching or greeting ("Present there were A, B ..."). */
  PRESENT,
  /** Persons on the platform or in the presidium of a meeting. */
  PLATFORM,
  /** Members of a committee or commission named in one list (a funeral committee). */
  COMMITTEE,
  /** Members of a delegation. */
  DELEGATION,
  /** Persons elected at a meeting, in the order announced. */
  ELECTED,
  /** Persons appointed, promoted, released or recalled, in the order announced. */
  APPOINTED,
  /** Recipients of orders, medals, titles or prizes. */
  AWARDED,
  /** Speakers, in the order they spoke or are named. */
  SPEAKERS;

  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
