package org.cadregraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cadregraph.extract.assembly.ArticleFindings;
import org.cadregraph.extract.assembly.ArticleMeta;
import org.cadregraph.extract.assembly.FactAssembler;
import org.cadregraph.extract.dateline.Dateline;
import org.cadregraph.extract.dateline.DatelineParser;
import org.cadregraph.extract.events.ArticleEvent;
import org.cadregraph.extract.events.EventExtractor;
import org.cadregraph.extract.model.AnalyzedSentence;
import org.cadregraph.extract.model.Deadline;
import org.cadregraph.extract.model.PersonName;
import org.cadregraph.extract.model.RoleFinding;
import org.cadregraph.extract.model.Sentence;
import org.cadregraph.extract.names.NameFinder;
import org.cadregraph.extract.nlp.SentenceAnalyzer;
import org.cadregraph.extract.orgs.CellHonourFinder;
import org.cadregraph.extract.orgs.OrganizationPhraseFinder;
import org.cadregraph.extract.orgs.PartOfExtractor;
import org.cadregraph.extract.roles.RoleExtractor;
import org.cadregraph.extract.roles.RosterExtractor;
import org.cadregraph.extract.text.LanguageIdentifier;
import org.cadregraph.extract.text.NormalizedText;
import org.cadregraph.extract.text.TextNormalizer;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.ListKind;
import org.cadregraph.facts.ListRank;
import org.cadregraph.facts.PostStatus;

/**
 * Runs the stages over one article's text: normalization, language, dateline, sentences, names,
 * roles, rosters, part-of, events, cells; then hands the findings to the {@link FactAssembler}.
 * Holds no per-article state, so one instance serves all threads.
 */
final class ArticlePipeline {

  /** The facts of one article and the number of tokens read. */
  record Result(List<Fact> facts, int tokens) {}

  /**
   * A paragraph's range in the normalized text, and whether it is the title (the first paragraph,
   * or a line before the dateline).
   */
  record Paragraph(int start, int end, boolean title) {}

  private final TextNormalizer normalizer;
  private final DatelineParser datelines;
  private final SentenceAnalyzer analyzer;
  private final NameFinder names;
  private final RoleExtractor roles;
  private final PartOfExtractor partOf;
  private final EventExtractor events;
  private final RosterExtractor rosters;
  private final LanguageIdentifier language;
  private final OrganizationPhraseFinder orgPhrases;
  private final CellHonourFinder cells;
  private final FactAssembler assembler;

  ArticlePipeline(
      TextNormalizer normalizer,
      LanguageIdentifier language,
      DatelineParser datelines,
      SentenceAnalyzer analyzer,
      NameFinder names,
      RoleExtractor roles,
      RosterExtractor rosters,
      PartOfExtractor partOf,
      OrganizationPhraseFinder orgPhrases,
      EventExtractor events,
      CellHonourFinder cells,
      FactAssembler assembler) {
    this.language = language;
    this.orgPhrases = orgPhrases;
    this.rosters = rosters;
    this.normalizer = normalizer;
    this.datelines = datelines;
    this.analyzer = analyzer;
    this.names = names;
    this.roles = roles;
    this.partOf = partOf;
    this.events = events;
    this.cells = cells;
    this.assembler = assembler;
  }

  Result extract(ArticleMeta meta, String original, Deadline deadline) {
    NormalizedText norm = normalizer.normalize(original, deadline);
    String text = norm.text();
    Optional<Dateline> dateline = datelines.find(text);
    if (!language.isEnglish(text)) {
      // another language's words would only give garbage facts: the article is recorded, nothing
      // extracted
      int nl = text.indexOf('\n');
      String first = (nl < 0 ? text : text.substring(0, nl)).trim();
      return new Result(
          assembler.assemble(
              ArticleFindings.unanalyzed(meta, norm, dateline, first.isEmpty() ? null : first)),
          0);
    }
    List<AnalyzedSentence> sentences = new ArrayList<>();
    int tokens = 0;
    String title = null;
    int paragraph = 0;
    int pos = 0;
    PersonName antecedent = null;
    while (pos < text.length()) {
      deadline.check();
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      if (end > pos) {
        for (Paragraph p : paragraphsOfLine(pos, end, paragraph == 0, dateline)) {
          String para = text.substring(p.start(), p.end());
          if (para.isBlank()) {
            continue;
          }
          if (p.title() && title == null) {
            title = para.trim();
          }
          List<Sentence> ss =
              p.title()
                  ? List.of(
                      analyzer.analyze(para, p.start(), paragraph, deadline).stream()
                          .reduce(ArticlePipeline::join)
                          .orElseThrow())
                  : analyzer.analyze(para, p.start(), paragraph, deadline);
          for (Sentence s : ss) {
            deadline.check();
            tokens += s.size();
            List<PersonName> found = names.find(s);
            List<RoleFinding> posts = roles.extract(s, found, p.title() ? null : antecedent);
            sentences.add(new AnalyzedSentence(s, found, posts, p.title()));
            if (!p.title()) {
              antecedent = subjectLike(s, found, antecedent);
            }
          }
        }
        paragraph++;
      }
      pos = end + 1;
    }
    Set<RoleFinding> fromRosters = new HashSet<>();
    for (RosterExtractor.Listed listed : ranked(rosters.extract(sentences, deadline))) {
      AnalyzedSentence a = sentences.get(listed.sentence());
      List<RoleFinding> more = new ArrayList<>(a.roles());
      if (listed.supersedes()) {
        more.removeIf(
            r -> r.person().equals(listed.finding().person()) && !fromRosters.contains(r));
      }
      more.add(listed.finding());
      fromRosters.add(listed.finding());
      sentences.set(
          listed.sentence(), new AnalyzedSentence(a.sentence(), a.names(), more, a.title()));
    }
    completeSubBodies(sentences, text, deadline);
    List<ArticleFindings.StatedContainment> stated = statedContainments(sentences);
    List<ArticleEvent> found = events.extract(sentences, deadline);
    List<CellHonourFinder.Cell> honoured = cells.find(sentences);
    return new Result(
        assembler.assemble(
            new ArticleFindings(
                meta, norm, dateline, title, tokens, sentences, stated, found, honoured)),
        tokens);
  }

  /**
   * The paragraphs of the line {@code [start, end)}: the line itself, or, where the dateline stands
   * in it, the part before it (a title) and the part after it; a line that starts with the dateline
   * gives only the part after it.
   */
  static List<Paragraph> paragraphsOfLine(
      int start, int end, boolean firstLine, Optional<Dateline> dateline) {
    if (dateline.isPresent()) {
      Dateline d = dateline.get();
      if (start < d.start() && end > d.end()) {
        return List.of(new Paragraph(start, d.start(), true), new Paragraph(d.end(), end, false));
      }
      if (start == d.start() && end >= d.end()) {
        return List.of(new Paragraph(d.end(), end, false));
      }
    }
    boolean title = firstLine || dateline.isPresent() && end <= dateline.get().start();
    return List.of(new Paragraph(start, end, title));
  }

  /**
   * The containments organization phrases state outside any post ("the Supreme Command of the
   * KPA"), both sides organizations. Headlines are passed over: they capitalize every word ("Report
   * on Enlarged Meeting of Political Bureau ...").
   */
  private List<ArticleFindings.StatedContainment> statedContainments(
      List<AnalyzedSentence> sentences) {
    List<ArticleFindings.StatedContainment> out = new ArrayList<>();
    for (AnalyzedSentence a : sentences) {
      if (a.title()) {
        continue;
      }
      for (String phrase : orgPhrases.find(a.sentence(), a.names())) {
        for (PartOfExtractor.Containment c : partOf.extract(phrase)) {
          if (orgPhrases.isOrganization(c.child()) && orgPhrases.isOrganization(c.parent())) {
            out.add(new ArticleFindings.StatedContainment(c, a.sentence()));
          }
        }
      }
    }
    return out;
  }

  private static final Set<String> SUB_BODIES =
      Set.of(
          "Political Bureau",
          "Presidium of the Political Bureau",
          "Presidium",
          "Secretariat",
          "Politburo");

  /**
   * A bare "Political Bureau" is the one the article names in full elsewhere ("Political Bureau of
   * C.C., WPK" in the headline): the organization is completed from that fuller mention.
   */
  /**
   * Gives each person of a roster their place in it: a run of posts in one body, in the text's
   * order (chairman, vice-chairmen, members of a funeral committee; the members of a delegation;
   * the posts of an appointment list under a body's heading). A run of one person is no ranked
   * list. The kind: a delegation's members, those appointed, else a committee's.
   */
  static List<RosterExtractor.Listed> ranked(List<RosterExtractor.Listed> listed) {
    List<RosterExtractor.Listed> out = new ArrayList<>(listed.size());
    int from = 0;
    while (from < listed.size()) {
      String body = listed.get(from).finding().organization();
      int to = from + 1;
      while (to < listed.size() && Objects.equals(listed.get(to).finding().organization(), body)) {
        to++;
      }
      int size = to - from;
      for (int k = from; k < to; k++) {
        RosterExtractor.Listed one = listed.get(k);
        RoleFinding f = one.finding();
        if (size > 1 && body != null && f.rank() == null) {
          ListKind kind =
              body.toLowerCase(Locale.ROOT).contains("delegation")
                  ? ListKind.DELEGATION
                  : f.status() == PostStatus.APPOINTED ? ListKind.APPOINTED : ListKind.COMMITTEE;
          f = f.withRank(new ListRank(k - from + 1, size, kind));
        }
        out.add(new RosterExtractor.Listed(one.sentence(), f, one.supersedes()));
      }
      from = to;
    }
    return out;
  }

  private static void completeSubBodies(
      List<AnalyzedSentence> sentences, String text, Deadline deadline) {
    Map<String, String> fuller = new HashMap<>();
    for (int k = 0; k < sentences.size(); k++) {
      AnalyzedSentence a = sentences.get(k);
      List<RoleFinding> changed = null;
      for (int r = 0; r < a.roles().size(); r++) {
        RoleFinding f = a.roles().get(r);
        if (f.organization() == null || !SUB_BODIES.contains(f.organization())) {
          continue;
        }
        String full =
            fuller.computeIfAbsent(f.organization(), org -> fullerMention(org, text, deadline));
        if (full.isEmpty()) {
          continue;
        }
        if (changed == null) {
          changed = new ArrayList<>(a.roles());
        }
        changed.set(r, new RoleFinding(f.person(), f.role(), full, f.status(), f.listIndex()));
      }
      if (changed != null) {
        sentences.set(k, new AnalyzedSentence(a.sentence(), a.names(), changed, a.title()));
      }
    }
  }

  private static String fullerMention(String org, String text, Deadline deadline) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote(org)
                    + " of (?:the )?(C\\.C\\., (?:the )?WPK|[A-Z][\\w'.]*(?:"
                    + " (?:[A-Z][\\w'.]*|of|the)){0,12})")
            .matcher(deadline.guard(text));
    return m.find() ? org + " of " + m.group(1).replaceAll("(?: of| the){1,12}$", "") : "";
  }

  private static Sentence join(Sentence a, Sentence b) {
    List<org.cadregraph.extract.model.Token> tokens = new ArrayList<>(a.tokens());
    tokens.addAll(b.tokens());
    String text = a.text() + " ".repeat(Math.max(0, b.start() - a.end())) + b.text();
    return new Sentence(text, a.start(), b.end(), tokens, a.paragraph());
  }

  /**
   * The person a later "he"/"she" refers to: the first name that is a sentence's subject (at its
   * start, after the dateline's "--" or after titles there) or carries an apposition (", ROLE"); a
   * name inside a phrase ("under the care of President X", "he protected X") is none.
   */
  private static PersonName subjectLike(Sentence s, List<PersonName> found, PersonName previous) {
    for (PersonName n : found) {
      if (n.to() < s.size() && s.token(n.to()).is(",")) {
        return n;
      }
      int k = n.from() - 1;
      while (k >= 0 && s.token(k).isCapitalized() && n.from() - k < 8) {
        k--;
      }
      if (k < 0 || s.token(k).is("--") || s.token(k).is("-")) {
        return n;
      }
    }
    return previous;
  }
}
