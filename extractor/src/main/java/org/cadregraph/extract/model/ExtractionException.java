package org.cadregraph.extract.model;

/**
 * The extractor module's one unchecked exception: models that cannot be loaded, an input that
 * cannot be read or decoded, an article over the size limit or over its time budget. The message
 * names the bad value and, where there is one, what would be valid. Immutable, thread-safe.
 */
public final class ExtractionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExtractionException(String message) {
    super(message);
  }

  public ExtractionException(String message, Throwable cause) {
    super(message, cause);
  }
}
