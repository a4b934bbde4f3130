package org.cadregraph.extract.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cadregraph.extract.names.PersonName;
import org.cadregraph.extract.nlp.Sentence;
import org.cadregraph.extract.nlp.Token;
import org.cadregraph.extract.roles.NameIndex;
import org.cadregraph.extract.roles.PostGrammar;
import org.cadregraph.extract.roles.RoleFinding;
import org.cadregraph.facts.EventKind;
import org.cadregraph.facts.ParticipationKind;
import org.cadregraph.facts.PostStatus;

/**
 * Finds the article's event and its participants by cue words: the event is the first named
 * gathering ("6th Conference of Cell Secretaries of the WPK", "general tactical exercises of
 * ...") or leader's visit ("inspected X" gives "inspection of X"), else the title; participants
 * come from the verbs around names: guided / inspected / presided (guided), speeches made by /
 * made a report (spoke), accompanied by / present were / watching were (attended), conferred on /
 * awarded (awarded), and posts the role stage found newly given or taken away (appointed,
 * dismissed). Stateless and thread-safe.
 */
public final class CueWordEventExtractor implements EventExtractor {

  private static final Map<String, EventKind> EVENT_HEADS = Map.ofEntries(
      Map.entry("conference", EventKind.CONFERENCE), Map.entry("congress", EventKind.CONGRESS),
      Map.entry("meeting", EventKind.MEETING), Map.entry("session", EventKind.SESSION),
      Map.entry("plenum", EventKind.MEETING), Map.entry("rally", EventKind.MEETING),
      Map.entry("ceremony", EventKind.CEREMONY), Map.entry("ceremonies", EventKind.CEREMONY),
      Map.entry("reception", EventKind.RECEPTION), Map.entry("banquet", EventKind.RECEPTION),
      Map.entry("funeral", EventKind.FUNERAL), Map.entry("service", EventKind.FUNERAL),
      Map.entry("performance", EventKind.PERFORMANCE), Map.entry("concert", EventKind.PERFORMANCE),
      Map.entry("exercises", EventKind.EXERCISE), Map.entry("exercise", EventKind.EXERCISE),
      Map.entry("drill", EventKind.EXERCISE), Map.entry("training", EventKind.EXERCISE),
      Map.entry("forum", EventKind.CONFERENCE), Map.entry("symposium", EventKind.CONFERENCE),
      Map.entry("seminar", EventKind.CONFERENCE), Map.entry("festival", EventKind.PERFORMANCE),
      Map.entry("parade", EventKind.CEREMONY), Map.entry("talks", EventKind.MEETING),
      Map.entry("tribute", EventKind.CEREMONY), Map.entry("call", EventKind.VISIT));

  private static final Map<String, String> VISIT_VERBS = Map.of(
      "inspected", "inspection of", "visited", "visit to", "toured", "visit to", "guided", "field guidance to");

  private static final Set<String> GUIDED = Set.of("guided", "inspected", "presided", "chaired", "visited",
      "toured", "oversaw", "conducted", "opened");
  private static final Set<String> SPOKE = Set.of("speech", "speeches", "report", "reports", "conclusion",
      "spoke", "addressed", "delivered", "speakers", "speaker", "toast", "address");
  private static final Set<String> ATTENDED = Set.of("accompanied", "accompanying", "greeted", "present",
      "watching", "waiting", "attended", "participated", "joined", "welcomed", "watched", "observed",
      "saw", "hand", "enjoyed", "laid", "visited", "paid", "received", "met", "participants", "attending",
      "among");
  private static final Set<String> AWARDED = Set.of("conferred", "awarded", "decorated", "presented");

  @Override
  public Optional<ArticleEvent> extract(List<AnalyzedSentence> sentences) {
    List<EventParticipation> parts = new ArrayList<>();
    String leader = null;
    for (AnalyzedSentence a : sentences) {
      if (a.title() || a.names().isEmpty()) {
        continue;
      }
      String guide = participations(a, parts);
      if (leader == null) {
        leader = guide;
      }
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    Set<String> guided = new java.util.HashSet<>();
    for (EventParticipation p : parts) {
      if (p.kind() == ParticipationKind.GUIDED) {
        guided.add(p.person().name());
      }
    }
    parts.removeIf(p -> p.kind() == ParticipationKind.ATTENDED && guided.contains(p.person().name()));
    ArticleEvent named = name(sentences, leader, parts);
    return Optional.of(named);
  }

  /** Adds the sentence's participations; returns the person who guided, if any. */
  private static String participations(AnalyzedSentence a, List<EventParticipation> out) {
    Sentence s = a.sentence();
    List<PersonName> names = a.names();
    String guide = null;
    int guidedCue = -1;
    int spokeCue = -1;
    int attendedCue = -1;
    int awardedCue = -1;
    for (int i = 0; i < s.size(); i++) {
      String w = s.token(i).lower();
      if (guidedCue < 0 && GUIDED.contains(w) && !(i > 0 && s.token(i - 1).is("was")) ) {
        guidedCue = i;
      }
      if (guidedCue < 0 && w.equals("guidance") && i > 0 && s.token(i - 1).lower().matches("field|gave")) {
        guidedCue = i;
      }
      if (guidedCue < 0 && w.equals("platform") && i > 1 && s.token(i - 2).is("took")) {
        guidedCue = i;
      }
      if (spokeCue < 0 && SPOKE.contains(w)) {
        spokeCue = i;
      }
      if (attendedCue < 0 && ATTENDED.contains(w)) {
        attendedCue = i;
      }
      if (awardedCue < 0 && AWARDED.contains(w)) {
        awardedCue = i;
      }
    }
    PersonName subject = names.get(0);
    if (guidedCue >= 0) {
      PersonName guider = null;
      if (guidedCue + 1 < s.size() && s.token(guidedCue + 1).is("by")) {
        guider = firstAfter(names, guidedCue);
      } else if (subject.from() < guidedCue) {
        guider = subject;
      }
      if (guider != null) {
        out.add(new EventParticipation(guider, ParticipationKind.GUIDED, a));
        guide = guider.name();
      }
    }
    if (spokeCue >= 0) {
      if (byFollows(s, spokeCue)) {
        for (PersonName n : names) {
          if (n.from() > spokeCue && !n.name().equals(guide)) {
            out.add(new EventParticipation(n, ParticipationKind.SPOKE, a));
          }
        }
      } else if (subject.from() < spokeCue && isSpeechVerb(s, spokeCue)) {
        for (PersonName n : leadingList(s, names)) {
          out.add(new EventParticipation(n, ParticipationKind.SPOKE, a));
        }
      }
    }
    if (awardedCue >= 0) {
      for (PersonName n : names) {
        boolean recipient = n.from() > awardedCue || passiveAward(s, awardedCue);
        if (recipient) {
          out.add(new EventParticipation(n, ParticipationKind.AWARDED, a));
        }
      }
    }
    if (attendedCue >= 0 && awardedCue < 0 && spokeCue < 0) {
      for (PersonName n : names) {
        if (!n.name().equals(guide) && !isMentionOnly(s, n)) {
          out.add(new EventParticipation(n, ParticipationKind.ATTENDED, a));
        }
      }
    }
    for (RoleFinding r : a.roles()) {
      if (r.status() == PostStatus.APPOINTED) {
        out.add(new EventParticipation(r.person(), ParticipationKind.APPOINTED, a));
      } else if (r.status() == PostStatus.DISMISSED) {
        out.add(new EventParticipation(r.person(), ParticipationKind.DISMISSED, a));
      }
    }
    return guide;
  }

  /** The first name and the names listed right after it ("A, B and C made speeches"). */
  private static List<PersonName> leadingList(Sentence s, List<PersonName> names) {
    List<PersonName> list = new ArrayList<>();
    list.add(names.get(0));
    for (int k = 1; k < names.size(); k++) {
      int from = names.get(k - 1).to();
      int to = names.get(k).from();
      boolean separated = to > from;
      for (int i = from; i < to; i++) {
        String w = s.token(i).text();
        separated &= w.equals(",") || w.equals("and");
      }
      if (!separated) {
        break;
      }
      list.add(names.get(k));
    }
    return list;
  }

  /**
   * A name that is only mentioned, not a participant: the deceased ("the late X"), a possessor
   * ("X's"), or the object of a preposition ("statues of X", "loyalty to X").
   */
  static boolean isMentionOnly(Sentence s, PersonName n) {
    if (n.to() < s.size() && (s.token(n.to()).is("'s") || s.token(n.to()).is("'"))) {
      return true;
    }
    if (n.from() > 0) {
      String before = s.token(n.from() - 1).lower();
      return before.equals("late") || before.equals("of") || before.equals("to") || before.equals("for")
          || before.equals("before") || before.equals("after");
    }
    return false;
  }

  private static boolean byFollows(Sentence s, int cue) {
    for (int i = cue + 1; i < Math.min(s.size(), cue + 4); i++) {
      if (s.token(i).is("by")) {
        return true;
      }
    }
    return false;
  }

  /** "made a speech", "delivered a report", "spoke": the cue is the subject's own act. */
  private static boolean isSpeechVerb(Sentence s, int cue) {
    String w = s.token(cue).lower();
    if (w.equals("spoke") || w.equals("addressed") || w.equals("delivered")) {
      return true;
    }
    for (int i = Math.max(0, cue - 4); i < cue; i++) {
      String v = s.token(i).lower();
      if (v.equals("made") || v.equals("delivered") || v.equals("gave") || v.equals("read") || v.equals("proposed")) {
        return true;
      }
    }
    return false;
  }

  /** "X was awarded", "X were decorated": recipients stand before the cue. */
  private static boolean passiveAward(Sentence s, int cue) {
    return cue > 0 && (s.token(cue - 1).is("was") || s.token(cue - 1).is("were"));
  }

  private static PersonName firstAfter(List<PersonName> names, int cue) {
    for (PersonName n : names) {
      if (n.from() > cue) {
        return n;
      }
    }
    return null;
  }

  private static ArticleEvent name(List<AnalyzedSentence> sentences, String leader, List<EventParticipation> parts) {
    for (AnalyzedSentence a : sentences) {
      if (a.title()) {
        continue;
      }
      ArticleEvent e = eventIn(a, leader, parts);
      if (e != null) {
        return e;
      }
    }
    AnalyzedSentence title = sentences.stream().filter(AnalyzedSentence::title).findFirst().orElse(sentences.get(0));
    String name = title.sentence().text().trim();
    return new ArticleEvent(name.isEmpty() ? "event" : name, EventKind.OTHER, leader, title, dedupe(parts));
  }

  private static ArticleEvent eventIn(AnalyzedSentence a, String leader, List<EventParticipation> parts) {
    Sentence s = a.sentence();
    NameIndex names = new NameIndex(a.names());
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      String w = t.lower();
      String visit = VISIT_VERBS.get(w);
      if (visit != null && i + 1 < s.size() && !s.token(i + 1).is("by")) {
        int end = PostGrammar.orgEnd(s, i + 1, names);
        String object = PostGrammar.orgText(s, i + 1, end);
        if (object != null && end > i + 1) {
          EventKind kind = w.equals("inspected") ? EventKind.INSPECTION : EventKind.VISIT;
          return new ArticleEvent(visit + " " + object, kind, leader, a, dedupe(parts));
        }
      }
      EventKind kind = EVENT_HEADS.get(w);
      if (kind != null && (t.isCapitalized() || i > 0 && (s.token(i - 1).isCapitalized() || s.token(i - 1).tag().startsWith("JJ")))) {
        int from = i;
        while (from > 0 && isEventModifier(s.token(from - 1))) {
          from--;
        }
        int end = i + 1;
        if (end + 1 < s.size() && (s.token(end).is("of") || s.token(end).is("for") || s.token(end).is("on"))) {
          int orgEnd = PostGrammar.orgEnd(s, end + 1, names);
          if (orgEnd > end + 1) {
            end = orgEnd;
          }
        }
        String name = PostGrammar.orgText(s, from, end);
        if (name != null) {
          return new ArticleEvent(name, kind, leader, a, dedupe(parts));
        }
      }
    }
    return null;
  }

  private static boolean isEventModifier(Token t) {
    String w = t.text();
    if (w.equals("the") || w.equals("a") || w.equals("an") || w.equals(",") || t.isVerb()) {
      return false;
    }
    return t.isCapitalized() || Character.isDigit(w.charAt(0)) || t.tag().startsWith("JJ")
        || w.toLowerCase(Locale.ROOT).equals("plenary") || w.equals("enlarged") || w.equals("general")
        || w.equals("tactical") || w.equals("photo") || w.equals("memorial") || w.equals("regular")
        || w.equals("awarding") || w.equals("flight");
  }

  private static List<EventParticipation> dedupe(List<EventParticipation> parts) {
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    List<EventParticipation> out = new ArrayList<>();
    for (EventParticipation p : parts) {
      if (seen.add(p.person().name() + "\u0000" + p.kind())) {
        out.add(p);
      }
    }
    return out;
  }
}
