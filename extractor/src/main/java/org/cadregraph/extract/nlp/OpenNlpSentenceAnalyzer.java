package org.cadregraph.extract.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.cadregraph.extract.model.Deadline;
import org.cadregraph.extract.model.Sentence;
import org.cadregraph.extract.model.Token;

/**
 * Sentences, tokens and part-of-speech tags from the OpenNLP maximum-entropy models, with two
 * repairs for wire copy: a sentence break after an abbreviation ("No. 3", "Jan. 15", "Col. Gen.",
 * "C.C.") is undone, and tokens the model splits inside a hyphenated word or an abbreviation are
 * joined. Thread-safe: each thread gets its own detector, tokenizer and tagger over the shared
 * models.
 */
final class OpenNlpSentenceAnalyzer implements SentenceAnalyzer {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Col",
          "Gen", "Lt", "Maj", "Capt", "Adm", "Brig", "Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Prof",
          "Co", "Ltd", "Corp", "Inc", "Vol", "vs", "etc", "Rev", "Sr", "Jr", "Gov", "Sen", "Rep",
          "Lieut", "Messrs");
  private static final Pattern INITIALS = Pattern.compile("(?:[A-Z]\\.){1,6}[A-Z]?");

  /** Tokens per tagger call; see {@link #tag}. */
  static final int TAG_WINDOW = 256;

  private final ThreadLocal<Tools> tools;

  OpenNlpSentenceAnalyzer(NlpModels models) {
    this.tools =
        ThreadLocal.withInitial(
            () ->
                new Tools(
                    new SentenceDetectorME(models.sentences()),
                    new TokenizerME(models.tokens()),
                    new POSTaggerME(models.pos(), POSTagFormat.PENN)));
  }

  private record Tools(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger) {}

  @Override
  public List<Sentence> analyze(String paragraph, int offset, int index, Deadline deadline) {
    Tools t = tools.get();
    List<int[]> spans = new ArrayList<>();
    for (Span s : t.sentences().sentPosDetect(paragraph)) {
      int start = s.getStart();
      int end = s.getEnd();
      if (!spans.isEmpty() && continues(paragraph, spans.get(spans.size() - 1)[1], start)) {
        spans.get(spans.size() - 1)[1] = end;
      } else {
        spans.add(new int[] {start, end});
      }
    }
    List<Sentence> out = new ArrayList<>(spans.size());
    for (int[] s : spans) {
      deadline.check();
      String text = paragraph.substring(s[0], s[1]);
      List<int[]> tokenSpans = joinSplitWords(text, t.tokenizer().tokenizePos(text));
      String[] words = new String[tokenSpans.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = text.substring(tokenSpans.get(i)[0], tokenSpans.get(i)[1]);
      }
      String[] tags = tag(t.tagger(), words, deadline);
      List<Token> tokens = new ArrayList<>(words.length);
      for (int i = 0; i < words.length; i++) {
        tokens.add(
            new Token(
                words[i],
                offset + s[0] + tokenSpans.get(i)[0],
                offset + s[0] + tokenSpans.get(i)[1],
                tags[i]));
      }
      out.add(new Sentence(text, offset + s[0], offset + s[1], tokens, index));
    }
    return out;
  }

  /**
   * Tags in windows of at most {@link #TAG_WINDOW} tokens, cut after a comma where there is one:
   * OpenNLP's beam search copies the whole tag history at every token, so one call on a
   * 50,000-token "sentence" (a paragraph without full stops) would be quadratic. The tagger's
   * context is two tokens either side, so only the tags at a cut can differ, and real sentences
   * mostly fit in one window; a long list of names is cut between names.
   */
  private static String[] tag(POSTaggerME tagger, String[] words, Deadline deadline) {
    if (words.length <= TAG_WINDOW) {
      return tagger.tag(words);
    }
    String[] tags = new String[words.length];
    int from = 0;
    while (from < words.length) {
      deadline.check();
      int to = Math.min(words.length, from + TAG_WINDOW);
      if (to < words.length) {
        for (int k = to - 1; k > from + TAG_WINDOW / 2; k--) {
          if (words[k].equals(",") || words[k].equals(";")) {
            to = k + 1;
            break;
          }
        }
      }
      String[] window = java.util.Arrays.copyOfRange(words, from, to);
      System.arraycopy(tagger.tag(window), 0, tags, from, to - from);
      from = to;
    }
    return tags;
  }

  /**
   * A break the model put after an abbreviation, or before a lower-case word, is not a sentence
   * end.
   */
  private static boolean continues(String paragraph, int prevEnd, int nextStart) {
    int i = prevEnd - 1;
    while (i >= 0 && paragraph.charAt(i) == ' ') {
      i--;
    }
    if (i < 0) {
      return false;
    }
    if (nextStart < paragraph.length()) {
      char next = paragraph.charAt(nextStart);
      if (Character.isLowerCase(next) || Character.isDigit(next) || next == ',' || next == ';') {
        return true;
      }
    }
    if (paragraph.charAt(i) != '.') {
      return false;
    }
    int wordEnd = i;
    int w = wordEnd;
    while (w > 0 && !Character.isWhitespace(paragraph.charAt(w - 1))) {
      w--;
    }
    String word = paragraph.substring(w, wordEnd);
    if (word.startsWith("(") || word.startsWith("\"")) {
      word = word.substring(1);
    }
    return ABBREVIATIONS.contains(word)
        || INITIALS.matcher(word + ".").matches() && word.length() <= 6
        || word.length() == 1 && Character.isUpperCase(word.charAt(0));
  }

  /**
   * Joins "work" "-" "team" into "work-team" and "Col" "." into "Col." where no space separates
   * them.
   */
  private static List<int[]> joinSplitWords(String text, Span[] spans) {
    List<int[]> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      int start = s.getStart();
      int end = s.getEnd();
      if (!out.isEmpty()) {
        int[] prev = out.get(out.size() - 1);
        String prevText = text.substring(prev[0], prev[1]);
        String cur = text.substring(start, end);
        boolean adjacent = prev[1] == start;
        if (adjacent
            && (cur.equals("-")
                    && end < text.length()
                    && Character.isLetterOrDigit(text.charAt(end))
                || prevText.endsWith("-")
                    && prevText.length() > 1
                    && Character.isLetterOrDigit(cur.charAt(0))
                || cur.equals(".")
                    && (ABBREVIATIONS.contains(prevText) || INITIALS.matcher(prevText).matches())
                    && !atSentenceEnd(text, end))) {
          prev[1] = end;
          continue;
        }
      }
      if (end - start > 2
          && text.startsWith("'s", end - 2)
          && Character.isLetter(text.charAt(end - 3))) {
        // the model leaves "Sung's" whole; the possessive is a token of its own, as in the Penn
        // Treebank
        out.add(new int[] {start, end - 2});
        out.add(new int[] {end - 2, end});
        continue;
      }
      out.add(new int[] {start, end});
    }
    return out;
  }

  private static boolean atSentenceEnd(String text, int end) {
    return text.substring(end).isBlank();
  }
}
