package org.cadregraph.extract.text;

import java.util.Set;

/**
 * Identifies English by its function words: among the lower-case words of the text's first few
 * thousand characters, English stop words ("the", "of", "and") must not be outnumbered by those of
 * the other languages state media publish in (Spanish, French, German, Russian in Latin script),
 * and text mostly in another script (Cyrillic, Hangul) is not English. Names, numbers and
 * capitalized words count for neither side, so a long list of names stays English. Linear in the
 * prefix it reads; stateless and thread-safe.
 */
final class StopWordLanguageIdentifier implements LanguageIdentifier {

  private static final int PREFIX = 4000;

  /** Fewer foreign stop words than this never make a text foreign: one "de" or "la" is no sign. */
  private static final int MIN_FOREIGN = 5;

  private static final Set<String> ENGLISH =
      Set.of(
          "the", "of", "and", "to", "in", "a", "was", "is", "for", "on", "with", "by", "at", "as",
          "that", "were", "from", "his", "he", "it", "an", "be", "has", "this", "are", "which",
          "who", "their", "they", "had", "have", "been", "its", "said", "not", "also", "would",
          "will");

  private static final Set<String> FOREIGN =
      Set.of(
          // Spanish
          "el",
          "la",
          "de",
          "un",
          "los",
          "las",
          "del",
          "por",
          "este",
          "esta",
          "ha",
          "sido",
          "con",
          "para",
          "que",
          "una",
          "sus",
          "al",
          "fue",
          "como",
          "y",
          "su",
          "en",
          "es",
          "se",
          "lo",
          "entre",
          "sobre",
          "fueron",
          "estuvieron",
          // French
          "le",
          "les",
          "des",
          "du",
          "et",
          "est",
          "une",
          "dans",
          "pour",
          "par",
          "au",
          "aux",
          "sur",
          "qui",
          "ont",
          // German
          "der",
          "die",
          "das",
          "und",
          "den",
          "dem",
          "mit",
          "ist",
          "von",
          "auf",
          "wurde",
          "sich");

  @Override
  public boolean isEnglish(String text) {
    int english = 0;
    int foreign = 0;
    int latin = 0;
    int other = 0;
    int n = Math.min(text.length(), PREFIX);
    for (int k = 0; k < n; k++) {
      char c = text.charAt(k);
      if (c < 0x250 && Character.isLetter(c)) {
        latin++;
      } else if (Character.isLetter(c)) {
        other++;
      }
    }
    if (other > latin) {
      return false;
    }
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      boolean lower = true;
      while (i < n && Character.isLetter(text.charAt(i))) {
        lower &= Character.isLowerCase(text.charAt(i));
        i++;
      }
      if (i > start && lower && i - start <= 8) {
        String w = text.substring(start, i);
        if (ENGLISH.contains(w)) {
          english++;
        } else if (FOREIGN.contains(w)) {
          foreign++;
        }
      }
    }
    return foreign < MIN_FOREIGN || english >= foreign;
  }
}
