package org.cadregraph.extract.assembly;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cadregraph.extract.dateline.Dateline;
import org.cadregraph.extract.events.ArticleEvent;
import org.cadregraph.extract.events.EventParticipation;
import org.cadregraph.extract.model.AnalyzedSentence;
import org.cadregraph.extract.model.ExtractionException;
import org.cadregraph.extract.model.PersonName;
import org.cadregraph.extract.model.RoleFinding;
import org.cadregraph.extract.model.Sentence;
import org.cadregraph.extract.names.PersonKeys;
import org.cadregraph.extract.orgs.CellHonourFinder;
import org.cadregraph.extract.orgs.PartOfExtractor;
import org.cadregraph.extract.text.NormalizedText;
import org.cadregraph.facts.ArticleInfo;
import org.cadregraph.facts.CellHonour;
import org.cadregraph.facts.EventFact;
import org.cadregraph.facts.Evidence;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.Holds;
import org.cadregraph.facts.ListRank;
import org.cadregraph.facts.Mention;
import org.cadregraph.facts.PartOf;
import org.cadregraph.facts.Participation;

/**
 * Turns one article's findings into its fact records, in a fixed order: the article record, posts,
 * containments, events with their participations, mentions, honoured cells. Each fact is stated
 * once per article (the first sentence stating it is its evidence), persons carry the article's
 * {@link PersonKeys}, a post's organization gets its path from the {@link PartOfExtractor}, dates
 * are completed from the dateline, and evidence offsets point into the text as read. Holds no
 * per-article state: one instance serves all threads.
 */
public final class FactAssembler {

  /** One post of one person: a post stated twice in an article is one fact. */
  private record PostKey(String name, String personKey, String role, String organization) {}

  /** One containment, its parent in the spelling two phrases share ("WPK" for the spelled-out). */
  private record ContainmentKey(String child, String parent) {}

  /** One person named in the article. */
  private record PersonKey(String name, String personKey) {}

  private final PartOfExtractor partOf;
  private final String extractorVersion;

  /**
   * @param partOf splits a post's organization into its containment path
   * @param extractorVersion written into each article record and its content hash
   */
  public FactAssembler(PartOfExtractor partOf, String extractorVersion) {
    if (partOf == null || extractorVersion == null || extractorVersion.isBlank()) {
      throw new IllegalArgumentException("a fact assembler needs a part-of stage and a version");
    }
    this.partOf = partOf;
    this.extractorVersion = extractorVersion;
  }

  /** The article's facts, its {@link ArticleInfo} first. */
  public List<Fact> assemble(ArticleFindings f) {
    ArticleMeta meta = f.meta();
    NormalizedText norm = f.text();
    List<AnalyzedSentence> sentences = f.sentences();
    List<Fact> facts = new ArrayList<>();
    ArticleInfo info = articleInfo(meta, norm, f.dateline(), f.title(), f.tokens());
    facts.add(info);
    Map<PostKey, Holds> holds = new LinkedHashMap<>();
    Set<ContainmentKey> containments = new LinkedHashSet<>();
    List<Fact> partOfs = new ArrayList<>();
    PersonKeys personKeys = PersonKeys.sameNameInList(sentences);
    Map<AnalyzedSentence, Map<String, ListRank>> listed = listPlaces(f.events());
    for (int si = 0; si < sentences.size(); si++) {
      AnalyzedSentence a = sentences.get(si);
      for (RoleFinding r : a.roles()) {
        String personKey = personKeys.keyOf(si, r.person());
        PostKey key = new PostKey(r.person().name(), personKey, r.role(), r.organization());
        List<String> path = new ArrayList<>();
        if (r.organization() != null) {
          for (PartOfExtractor.Containment c : partOf.extract(r.organization())) {
            if (path.isEmpty()) {
              path.add(c.child());
            }
            path.add(c.parent());
            if (containments.add(containmentKey(c))) {
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
                r.rank() != null
                    ? r.rank()
                    : listed.getOrDefault(a, Map.of()).get(r.person().name()),
                evidence(norm, a.sentence(), meta)));
      }
    }
    for (ArticleFindings.StatedContainment stated : f.containments()) {
      PartOfExtractor.Containment c = stated.containment();
      if (containments.add(containmentKey(c))) {
        partOfs.add(
            new PartOf(meta.id(), c.child(), c.parent(), evidence(norm, stated.sentence(), meta)));
      }
    }
    facts.addAll(holds.values());
    facts.addAll(partOfs);
    for (int k = 0; k < f.events().size(); k++) {
      ArticleEvent e = f.events().get(k);
      addEvent(meta, norm, e, eventDate(e, info.date(), k == 0), sentences, personKeys, facts);
    }
    Set<PersonKey> mentioned = new LinkedHashSet<>();
    for (int si = 0; si < sentences.size(); si++) {
      AnalyzedSentence a = sentences.get(si);
      for (PersonName n : a.names()) {
        String personKey = personKeys.keyOf(si, n);
        if (mentioned.add(new PersonKey(n.name(), personKey))) {
          facts.add(
              new Mention(meta.id(), n.name(), personKey, evidence(norm, a.sentence(), meta)));
        }
      }
    }
    for (CellHonourFinder.Cell cell : f.cells()) {
      facts.add(
          new CellHonour(
              meta.id(), cell.unit(), cell.honour(), null, evidence(norm, cell.sentence(), meta)));
    }
    return facts;
  }

  /**
   * Each person's place in the ordered list a sentence gives, as the event stage found it: a post
   * stated in that sentence ("Speeches were made by A, secretary of X, B, ...") has the same place.
   * The first list naming the person wins.
   */
  private static Map<AnalyzedSentence, Map<String, ListRank>> listPlaces(
      List<ArticleEvent> events) {
    Map<AnalyzedSentence, Map<String, ListRank>> out = new IdentityHashMap<>();
    for (ArticleEvent e : events) {
      for (EventParticipation p : e.participants()) {
        if (p.rank() != null) {
          out.computeIfAbsent(p.evidence(), k -> new HashMap<>())
              .putIfAbsent(p.person().name(), p.rank());
        }
      }
    }
    return out;
  }

  private ContainmentKey containmentKey(PartOfExtractor.Containment c) {
    return new ContainmentKey(c.child(), partOf.abbreviated(c.parent()));
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
              p.rank(),
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
    String hash = sha256(norm.text() + "\n" + extractorVersion);
    return new ArticleInfo(
        meta.id(),
        title,
        date,
        date == null ? null : source,
        meta.sourceUrl(),
        agency,
        meta.file(),
        hash,
        extractorVersion,
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
