package org.cadregraph.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON form of one {@link Fact}: one object with a {@code "type"} field. Unknown fields are
 * ignored on reading so that newer writers stay readable. Thread-safe.
 */
public final class FactJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private FactJson() {}

  /** The fact as one line of JSON (no line break inside: newlines in values are escaped). */
  public static String toJson(Fact fact) {
    try {
      return MAPPER.writeValueAsString(fact);
    } catch (JsonProcessingException e) {
      throw new FactException(
          "cannot write " + fact.type().jsonName() + " fact of " + fact.article(), e);
    }
  }

  /** Parses one line; throws {@link FactException} naming what is wrong. */
  public static Fact fromJson(String line) {
    try {
      return MAPPER.readValue(line, Fact.class);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause() instanceof FactException ? e.getCause() : e;
      throw new FactException(cause.getMessage().lines().findFirst().orElse("invalid fact"), e);
    }
  }
}
