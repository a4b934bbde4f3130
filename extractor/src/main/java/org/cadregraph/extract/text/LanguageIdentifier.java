package org.cadregraph.extract.text;

/**
 * The language stage: tells English articles from the others (state media also publish in Spanish,
 * French, Russian ...), whose words the English rules would only turn into garbage facts.
 * Implementations are stateless and thread-safe.
 */
public interface LanguageIdentifier {

  /** True when the text reads as English, or is too short to tell. */
  boolean isEnglish(String text);

  /** English by its function words against those of the other languages state media use. */
  static LanguageIdentifier stopWords() {
    return new StopWordLanguageIdentifier();
  }
}
