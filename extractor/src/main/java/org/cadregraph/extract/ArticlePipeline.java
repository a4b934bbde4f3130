package org.cadregraph.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cadregraph.extract.dateline.Dateline;
import org.cadregraph.extract.dateline.DatelineParser;
import org.cadregraph.extract.events.ArticleEvent;
import org.cadregraph.extract.events.EventExtractor;
import org.cadregraph.extract.events.EventParticipation;
import org.cadregraph.extract.model.AnalyzedSentence;
import org.cadregraph.extract.model.Deadline;
import org.cadregraph.extract.model.ExtractionException;
import org.cadregraph.extract.model.PersonName;
import org.cadregraph.extract.model.RoleFinding;
import org.cadregraph.extract.model.Sentence;
import org.cadregraph.extract.names.NameFinder;
import org.cadregraph.extract.names.PersonKeys;
import org.cadregraph.extract.nlp.SentenceAnalyzer;
import org.cadregraph.extract.orgs.CellHonourFinder;
import org.cadregraph.extract.orgs.OrganizationPhraseFinder;
import org.cadregraph.extract.orgs.PartOfExtractor;
import org.cadregraph.extract.roles.RoleExtractor;
import org.cadregraph.extract.roles.RosterExtractor;
import org.cadregraph.extract.text.LanguageIdentifier;
import org.cadregraph.extract.text.NormalizedText;
import org.cadregraph.extract.text.TextNormalizer;
import org.cadregraph.facts.ArticleInfo;
import org.cadregraph.facts.CellHonour;
import org.cadregraph.facts.EventFact;
import org.cadregraph.facts.Evidence;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.Holds;
import org.cadregraph.facts.Mention;
import org.cadregraph.facts.PartOf;
import org.cadregraph.facts.Participation;

/**
 * Runs the stages over one article's text: normalization, dateline, sentences, names, roles,
 * part-of, events; then builds the fact records with evidence offsets in the original text. Holds
 * no per-article state, so one instance serves all threads.
 */
final class ArticlePipeline {

  /** What is known about an article before its text is read. */
  record ArticleMeta(
      String id,
      String file,
      String knownDate,
      String dateSource,
      String sourceUrl,
      int baseOffset) {}

  /** The facts of one article and the number of tokens read. */
  record Result(List<Fact> facts, int tokens) {}

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
  private final CellHonourFinder cells = CellHonourFinder.titleClause();

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
      EventExtractor events) {
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
          List.of(articleInfo(meta, norm, dateline, first.isEmpty() ? null : first, 0)), 0);
    }
    int bodyStart = dateline.map(Dateline::end).orElse(0);
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
        boolean isTitle = paragraph == 0 || dateline.isPresent() && end <= dateline.get().start();
        List<int[]> ranges = new ArrayList<>();
        if (dateline.isPresent() && pos < dateline.get().start() && end > dateline.get().end()) {
          ranges.add(new int[] {pos, dateline.get().start(), 1});
          ranges.add(new int[] {dateline.get().end(), end, 0});
        } else if (dateline.isPresent()
            && pos <= dateline.get().start()
            && end >= dateline.get().end()
            && pos == dateline.get().start()) {
          ranges.add(new int[] {dateline.get().end(), end, 0});
        } else {
          ranges.add(new int[] {pos, end, isTitle ? 1 : 0});
        }
        for (int[] r : ranges) {
          String para = text.substring(r[0], r[1]);
          if (para.isBlank()) {
            continue;
          }
          if (r[2] == 1 && title == null) {
            title = para.trim();
          }
          List<Sentence> ss =
              r[2] == 1
                  ? List.of(
                      analyzer.analyze(para, r[0], paragraph, deadline).stream()
                          .reduce(ArticlePipeline::join)
                          .orElseThrow())
                  : analyzer.analyze(para, r[0], paragraph, deadline);
          for (Sentence s : ss) {
            deadline.check();
            tokens += s.size();
            List<PersonName> found = names.find(s);
            List<RoleFinding> posts = roles.extract(s, found, r[2] == 1 ? null : antecedent);
            sentences.add(new AnalyzedSentence(s, found, posts, r[2] == 1));
            if (r[2] == 0 && !found.isEmpty()) {
              antecedent = found.get(0);
            }
          }
        }
        paragraph++;
      }
      pos = end + 1;
    }
    for (RosterExtractor.Listed listed : rosters.extract(sentences, deadline)) {
      AnalyzedSentence a = sentences.get(listed.sentence());
      List<RoleFinding> more = new ArrayList<>(a.roles());
      more.add(listed.finding());
      sentences.set(
          listed.sentence(), new AnalyzedSentence(a.sentence(), a.names(), more, a.title()));
    }
    completeSubBodies(sentences, text, deadline);
    List<Fact> facts = new ArrayList<>();
    facts.add(articleInfo(meta, norm, dateline, title, tokens));
    Map<String, Holds> holds = new LinkedHashMap<>();
    Set<String> containments = new LinkedHashSet<>();
    List<Fact> partOfs = new ArrayList<>();
    PersonKeys personKeys = PersonKeys.sameNameInList(sentences);
    for (int si = 0; si < sentences.size(); si++) {
      AnalyzedSentence a = sentences.get(si);
      for (RoleFinding r : a.roles()) {
        String personKey = personKeys.keyOf(si, r.person());
        String key = r.person().name() + "|" + personKey + "|" + r.role() + "|" + r.organization();
        List<String> path = new ArrayList<>();
        if (r.organization() != null) {
          for (var c : partOf.extract(r.organization())) {
            if (path.isEmpty()) {
              path.add(c.child());
            }
            path.add(c.parent());
            if (containments.add(c.child() + "|" + partOf.abbreviated(c.parent()))) {
              partOfs.add(
                  new PartOf(meta.id(), c.child(), c.parent(), evidence(norm, a.sentence(), meta)));
            }
          }
        }
        holds.putIfAbsent(
            key,
            new Holds(
                meta.id(),
                r.person().name(),
                personKey,
                r.role(),
                r.organization(),
                path,
                r.status(),
                r.listIndex(),
                evidence(norm, a.sentence(), meta)));
      }
    }
    for (AnalyzedSentence a : sentences) {
      if (a.title()) {
        continue; // headlines capitalize every word: "Report on Enlarged Meeting of Political
        // Bureau ..."
      }
      for (String phrase : orgPhrases.find(a.sentence(), a.names())) {
        for (var c : partOf.extract(phrase)) {
          if (orgPhrases.isOrganization(c.child())
              && orgPhrases.isOrganization(c.parent())
              && containments.add(c.child() + "|" + partOf.abbreviated(c.parent()))) {
            partOfs.add(
                new PartOf(meta.id(), c.child(), c.parent(), evidence(norm, a.sentence(), meta)));
          }
        }
      }
    }
    facts.addAll(holds.values());
    facts.addAll(partOfs);
    String articleDate = ((ArticleInfo) facts.get(0)).date();
    List<ArticleEvent> found = events.extract(sentences, deadline);
    for (int k = 0; k < found.size(); k++) {
      ArticleEvent e = found.get(k);
      addEvent(meta, norm, e, eventDate(e, articleDate, k == 0), sentences, personKeys, facts);
    }
    Set<String> mentioned = new LinkedHashSet<>();
    for (int si = 0; si < sentences.size(); si++) {
      AnalyzedSentence a = sentences.get(si);
      for (PersonName n : a.names()) {
        String personKey = personKeys.keyOf(si, n);
        if (mentioned.add(n.name() + "|" + personKey)) {
          facts.add(
              new Mention(meta.id(), n.name(), personKey, evidence(norm, a.sentence(), meta)));
        }
      }
    }
    for (CellHonourFinder.Cell cell : cells.find(sentences)) {
      facts.add(
          new CellHonour(
              meta.id(), cell.unit(), cell.honour(), null, evidence(norm, cell.sentence(), meta)));
    }
    return new Result(facts, tokens);
  }

  private static final java.util.Set<String> SUB_BODIES =
      java.util.Set.of(
          "Political Bureau",
          "Presidium of the Political Bureau",
          "Presidium",
          "Secretariat",
          "Politburo");

  /**
   * A bare "Political Bureau" is the one the article names in full elsewhere ("Political Bureau of
   * C.C., WPK" in the headline): the organization is completed from that fuller mention.
   */
  private static void completeSubBodies(
      List<AnalyzedSentence> sentences, String text, Deadline deadline) {
    java.util.Map<String, String> fuller = new java.util.HashMap<>();
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
   * The date the text gives for the event ("on July 30", the year from the article's date), else
   * for the main event the article's date (a report tells of the day before its dateline or of that
   * day; the dateline is the best date the text gives), else none.
   */
  private static String eventDate(ArticleEvent e, String articleDate, boolean main) {
    if (e.monthDay() != null) {
      return articleDate == null ? null : articleDate.substring(0, 4) + "-" + e.monthDay();
    }
    return main ? articleDate : null;
  }

  private static void addEvent(
      ArticleMeta meta,
      NormalizedText norm,
      ArticleEvent e,
      String date,
      List<AnalyzedSentence> sentences,
      PersonKeys personKeys,
      List<Fact> facts) {
    facts.add(
        new EventFact(
            meta.id(),
            e.name(),
            e.kind(),
            date,
            e.leader(),
            evidence(norm, e.evidence().sentence(), meta)));
    for (EventParticipation p : e.participants()) {
      String personKey =
          personKeys.isEmpty()
              ? null
              : personKeys.keyOf(sentences.indexOf(p.evidence()), p.person());
      facts.add(
          new Participation(
              meta.id(),
              e.name(),
              p.person().name(),
              personKey,
              p.kind(),
              evidence(norm, p.evidence().sentence(), meta)));
    }
  }

  private static Evidence evidence(NormalizedText norm, Sentence s, ArticleMeta meta) {
    int start = norm.originalOffset(s.start());
    int end = s.end() > s.start() ? norm.originalOffset(s.end() - 1) + 1 : start;
    return new Evidence(
        s.text(), meta.baseOffset() + start, meta.baseOffset() + Math.max(start, end));
  }

  private ArticleInfo articleInfo(
      ArticleMeta meta,
      NormalizedText norm,
      Optional<Dateline> dateline,
      String title,
      int tokens) {
    String date = meta.knownDate();
    String source = meta.dateSource();
    if (dateline.isPresent()) {
      Dateline d = dateline.get();
      Integer year = d.year();
      String yearSource = year != null ? "dateline" : source;
      if (year == null && date != null) {
        year = Integer.valueOf(date.substring(0, 4));
        if (date.length() >= 7 && d.month() == 12 && Integer.parseInt(date.substring(5, 7)) == 1) {
          year = year - 1;
        }
      }
      if (year != null) {
        date = year + "-" + d.monthDay();
        source = yearSource.equals("dateline") ? "dateline" : "dateline+" + yearSource;
      }
    }
    String agency = dateline.map(Dateline::agency).orElse(null);
    String hash = sha256(norm.text() + "\n" + Extractor.version());
    return new ArticleInfo(
        meta.id(),
        title,
        date,
        date == null ? null : source,
        meta.sourceUrl(),
        agency,
        meta.file(),
        hash,
        Extractor.version(),
        tokens);
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new ExtractionException("SHA-256 is not available in this Java runtime", e);
    }
  }
}
