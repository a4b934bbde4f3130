package org.cadregraph.extract.text;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadregraph.extract.lexicon.Romanization;
import org.cadregraph.extract.model.Deadline;

/**
 * Normalizes wire copy as found in state-media archives and scrapes, by rewrite rules that keep the
 * offset map: line endings and tabs, odd spaces, curly quotes and dashes, hard line wraps and PDF
 * page breaks inside sentences, the {@code ", , "} paragraph joins of one public data set, a space
 * before punctuation, words glued to names ("ComradeKim Jong Uninspected", "SungSquare"), and the
 * trailing {@code -0-}. The result has one paragraph per line and single spaces. Stateless and
 * thread-safe.
 */
final class WireCopyTextNormalizer implements TextNormalizer {

  private static final Pattern LINE_END = Pattern.compile("\r\n?");
  private static final Pattern ODD_SPACE =
      Pattern.compile("[\\t\\x0B\\f\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]");
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
  private static final Pattern SINGLE_QUOTE =
      Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032`\\u00B4]");
  private static final Pattern DOUBLE_QUOTE =
      Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033]");
  private static final Pattern DASH = Pattern.compile("[\\u2010-\\u2015\\u2212]");
  private static final Pattern END_MARK = Pattern.compile("[ \\t]*-0-[ \\t]*(?=\\n|$)");

  /**
   * The "> " a mail reader puts before every line of a quoted message (nested quotes too). Anchored
   * at line starts, so it costs one look per line.
   */
  private static final Pattern MAIL_QUOTE = Pattern.compile("(?m)^(?:>[ ]?)+");

  /**
   * The table cell border a web page leaves at the end of a paragraph ("... on Thursday. |") or on
   * a line of its own.
   */
  private static final Pattern CELL_BORDER = Pattern.compile("(?m)\\|(?<=(?:^| )\\|)(?=[ ]*$)");

  /**
   * Old wire copy wrote the semicolon between the persons of a list as "=" glued to the preceding
   * word ("director of the X= Kim Yong Chun, chief of ..."). Before "were"/"was" (the verb after
   * the list) it stands for a comma.
   */
  private static final Pattern LIST_EQUALS = Pattern.compile("=(?<=[\\p{L}.)']=)(?= )");

  /** A doubled full stop after a word ("Vorachit.. The"), a typing slip. */
  private static final Pattern DOUBLED_STOP =
      Pattern.compile("\\.\\.(?<=[a-z]\\.\\.)(?= [A-Z]|\\n|$)");

  /**
   * The ", , " run a data set left where paragraphs were pasted together. Written with character
   * classes only: a repeated group ({@code (?:[ \\n]*,)+}) recurses once per repetition in
   * java.util.regex and overflows the stack on a long run of commas.
   */
  private static final Pattern PASTE_JOIN =
      Pattern.compile(
          "([.:!?]?)[ \\n]*,[ \\n]*,[ \\n,]*|(?<=[a-z0-9)\"'])(\\.),[ \\n]+|(\\.),(?: {2,}|\\n)");

  /** A paste join that fell inside a word ("vice-cha, , irman"). */
  private static final Pattern SPLIT_WORD_JOIN = Pattern.compile("(?<=[a-z]), ?, +(?=[a-z])");

  /** "C. C." for "C.C.", a spacing slip in some copy. */
  private static final Pattern SPACED_CC = Pattern.compile("\\bC\\. C\\.");

  private static final Pattern LINE_BREAK = Pattern.compile("[ ]*\\n[ \\n]*");
  private static final Pattern COMMA_GLUE = Pattern.compile(",(?=[A-Z])");
  private static final Pattern CAMEL_GLUE = Pattern.compile("(?<=[a-z]{2})(?=[A-Z][a-z])");
  private static final Pattern SPACE_BEFORE_PUNCT =
      Pattern.compile(" +(?=[,;:](?:\\s|$))| +(?=\\.(?:\\s|$))");

  /**
   * Runs of three or more spaces, cut to two at once (two still mark a pasted paragraph join): a
   * pattern that starts with {@code " +"} would otherwise retry at every space of a long run,
   * quadratic in its length.
   */
  private static final Pattern LONG_SPACE = Pattern.compile(" {3,}");

  private static final Pattern MULTI_SPACE = Pattern.compile(" {2,}");
  private static final Pattern EDGE_SPACE = Pattern.compile("(?m)^ +| +$");

  /** A surname and given syllables followed by a word: the place where glue hides. */
  private static final Pattern SPACED_NAME =
      Pattern.compile("\\b([A-Z][a-z]{0,6})((?: [A-Z][a-z]{0,5}){1,2})(?![A-Za-z])");

  @Override
  public NormalizedText normalize(String original, Deadline deadline) {
    OffsetText t =
        OffsetText.of(original, deadline)
            .replace(LINE_END, "\n")
            .replace(INVISIBLE, "")
            .replace(ODD_SPACE, " ")
            .replace(LONG_SPACE, "  ")
            .replace(SINGLE_QUOTE, "'")
            .replace(DOUBLE_QUOTE, "\"")
            .replace(DASH, "-")
            .replace(END_MARK, "")
            .replace(MAIL_QUOTE, "")
            .replace(CELL_BORDER, "");
    String listed = t.text();
    t =
        t.replace(LIST_EQUALS, m -> isVerbAfter(listed, m.end()) ? "," : ";")
            .replace(DOUBLED_STOP, ".");
    t =
        joinWrappedLines(t)
            .replace(SPLIT_WORD_JOIN, "")
            .replace(SPACED_CC, "C.C.")
            .replace(
                PASTE_JOIN,
                m ->
                    m.group(2) != null || m.group(3) != null
                        ? ".\n"
                        : (m.group(1).isEmpty()
                            ? "\n"
                            : m.group(1) + (m.group(1).equals(":") ? " " : "\n")));
    t = t.replace(COMMA_GLUE, ", ");
    String glued = t.text();
    t = t.replace(CAMEL_GLUE, m -> isNamePrefix(glued, m.start()) ? "" : " ");
    t = unglueNames(t);
    t = t.replace(SPACE_BEFORE_PUNCT, "").replace(MULTI_SPACE, " ").replace(EDGE_SPACE, "");
    return t.toNormalized();
  }

  /** True when "were " or "was " follows the space at {@code at}. */
  private static boolean isVerbAfter(String text, int at) {
    return text.startsWith(" were ", at) || text.startsWith(" was ", at);
  }

  /**
   * A line break ends a paragraph after sentence-final punctuation (and always after the first
   * line, the title); elsewhere it is a hard wrap or a page break inside a sentence.
   */
  private static OffsetText joinWrappedLines(OffsetText t) {
    String text = t.text();
    int firstBreak = firstLineEnd(text);
    return t.replace(
        LINE_BREAK,
        m -> {
          if (m.start() == 0 || m.end() == text.length()) {
            return "\n";
          }
          if (m.start() <= firstBreak) {
            return "\n";
          }
          char prev = text.charAt(m.start() - 1);
          char beforePrev = m.start() >= 2 ? text.charAt(m.start() - 2) : ' ';
          boolean terminal =
              prev == '.'
                  || prev == '!'
                  || prev == '?'
                  || prev == ':'
                  || (prev == '"' && (beforePrev == '.' || beforePrev == '!' || beforePrev == '?'));
          return terminal ? "\n" : " ";
        });
  }

  private static int firstLineEnd(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int nl = text.indexOf('\n', i);
    return nl < 0 ? text.length() : nl;
  }

  /** "McDonald", "MacArthur", "DeGaulle": a capital inside a word that is not glue. */
  private static boolean isNamePrefix(String text, int at) {
    // the prefixes are at most three letters: looking back further would make a long word quadratic
    int start = at;
    while (start > 0 && at - start < 4 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    if (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      return false;
    }
    String prefix = text.substring(start, at);
    return prefix.equals("Mc")
        || prefix.equals("Mac")
        || prefix.equals("De")
        || prefix.equals("La")
        || prefix.equals("Le")
        || prefix.equals("Di")
        || prefix.equals("Van")
        || prefix.equals("Von");
  }

  /**
   * Splits a word glued to the end of a romanized name ("Kim Jong Uninspected"): where the same
   * name stands spaced elsewhere in the text, that spelling decides; else the longest leading
   * syllable does, after a surname and a given syllable.
   */
  private static OffsetText unglueNames(OffsetText t) {
    String text = t.text();
    Set<String> known = new HashSet<>();
    Matcher spaced = SPACED_NAME.matcher(t.deadline().guard(text));
    while (spaced.find()) {
      if (Romanization.isSurname(spaced.group(1))) {
        known.add(spaced.group(1) + spaced.group(2));
      }
    }
    return t.replace(
        GLUED_WORD,
        m -> {
          String glued = m.group();
          if (Romanization.isGivenSyllable(glued)) {
            return glued;
          }
          String[] before = previousWords(text, m.start(), 2);
          String prefix;
          if (before[1] != null
              && Romanization.isSurname(before[1])
              && !followsCapitalized(text, m.start() - before[1].length() - 1)) {
            prefix = before[1];
          } else if (before[0] != null
              && before[1] != null
              && Romanization.isSurname(before[0])
              && Romanization.isGivenSyllable(before[1])) {
            prefix = before[0] + " " + before[1];
          } else {
            return glued;
          }
          String best = null;
          for (int cut = Math.min(glued.length() - 2, 6); cut >= 1; cut--) {
            String syllable = glued.substring(0, cut);
            String rest = glued.substring(cut);
            if (!Romanization.isGivenSyllable(syllable)
                || !rest.chars().allMatch(Character::isLowerCase)) {
              continue;
            }
            if (known.contains(prefix + " " + syllable)) {
              return syllable + " " + rest;
            }
            if (best == null
                && prefix.contains(" ")
                && GLUE_PRONE.matcher(rest).matches()
                && !Romanization.isAmbiguousSurname(prefix.substring(0, prefix.indexOf(' ')))) {
              best = syllable + " " + rest;
            }
          }
          return best == null ? glued : best;
        });
  }

  /** The {@code n} words before {@code at} (nearest last), each null where there is none. */
  private static String[] previousWords(String text, int at, int n) {
    String[] out = new String[n];
    int i = at;
    for (int k = n - 1; k >= 0; k--) {
      if (i <= 0 || text.charAt(i - 1) != ' ') {
        break;
      }
      int end = i - 1;
      int start = end;
      while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      if (start == end) {
        break;
      }
      out[k] = text.substring(start, end);
      i = start;
    }
    return out;
  }

  /** True when a name part stands right before {@code at}: the match starts mid-name. */
  private static boolean followsCapitalized(String text, int at) {
    int i = at - 1;
    if (i < 0 || text.charAt(i) != ' ') {
      return false;
    }
    int end = i;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    String word = text.substring(i, end);
    return end > i && (Romanization.isSurname(word) || Romanization.isGivenSyllable(word));
  }

  /**
   * Words seen glued to a name in scraped copy: verbs in the past tense and short function words.
   */
  private static final Pattern GLUE_PRONE =
      Pattern.compile(
          "[a-z]{2,}ed|was|were|had|has|and|with|said|paid|sent|made|gave|took|met|saw|is|as|at|in|on|of|to|for|by|who");

  /** A capitalized word long enough to hide a syllable with a word glued to it. */
  private static final Pattern GLUED_WORD = Pattern.compile("(?<= )[A-Z][a-z]{3,}\\b");
}
