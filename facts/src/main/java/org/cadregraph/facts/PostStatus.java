package org.cadregraph.facts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the article states a post: held now, held before, newly given, or taken away. */
public enum PostStatus {
  CURRENT,
  FORMER,
  APPOINTED,
  DISMISSED;

  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
