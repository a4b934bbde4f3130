package org.cadregraph.facts;

/** A fact record, or a line of its JSON Lines form, that is not valid. */
public final class FactException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FactException(String message) {
    super(message);
  }

  public FactException(String message, Throwable cause) {
    super(message, cause);
  }
}
