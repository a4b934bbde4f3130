package org.cadregraph.extract.input;

/**
 * A document's text as decoded, with the canonical URL an HTML page declares (or null). Immutable.
 */
public record RawDocument(String text, String canonicalUrl) {

  public RawDocument {
    if (text == null) {
      throw new IllegalArgumentException("a document needs its text");
    }
  }
}
