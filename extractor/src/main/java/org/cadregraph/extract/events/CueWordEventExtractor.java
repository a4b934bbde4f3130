package org.cadregraph.extract.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cadregraph.extract.lexicon.PostGrammar;
import org.cadregraph.extract.model.AnalyzedSentence;
import org.cadregraph.extract.model.Deadline;
import org.cadregraph.extract.model.NameIndex;
import org.cadregraph.extract.model.PersonName;
import org.cadregraph.extract.model.RoleFinding;
import org.cadregraph.extract.model.Sentence;
import org.cadregraph.extract.model.Token;
import org.cadregraph.facts.EventKind;
import org.cadregraph.facts.ParticipationKind;
import org.cadregraph.facts.PostStatus;

/**
 * Finds the article's events and their participants by cue words. An event is a named gathering
 * ("6th Conference of Cell Secretaries of the WPK", "general tactical exercises of ...") or a
 * leader's visit ("inspected X" gives "inspection of X"); the first one named (else the title) is
 * the main event, and a further one starts where a sentence names it together with who took part
 * ("Prior to the meeting, X inspected the flooded areas"). A sentence's participations go to the
 * event it names, or that it refers to ("presided over the meeting"), else to the event of the
 * sentence before. An event's date is the one its sentence gives ("on July 30"). Participants come
 * from the verbs around names: guided / inspected / presided (guided), speeches made by / made a
 * report (spoke), accompanied by / present were / watching were (attended), conferred on / awarded
 * (awarded), and posts the role stage found newly given or taken away (appointed, dismissed).
 * Stateless and thread-safe.
 */
final class CueWordEventExtractor implements EventExtractor {

  private static final Map<String, EventKind> EVENT_HEADS =
      Map.ofEntries(
          Map.entry("conference", EventKind.CONFERENCE), Map.entry("congress", EventKind.CONGRESS),
          Map.entry("meeting", EventKind.MEETING), Map.entry("session", EventKind.SESSION),
          Map.entry("plenum", EventKind.MEETING), Map.entry("rally", EventKind.MEETING),
          Map.entry("ceremony", EventKind.CEREMONY), Map.entry("ceremonies", EventKind.CEREMONY),
          Map.entry("reception", EventKind.RECEPTION), Map.entry("banquet", EventKind.RECEPTION),
          Map.entry("funeral", EventKind.FUNERAL), Map.entry("service", EventKind.FUNERAL),
          Map.entry("performance", EventKind.PERFORMANCE),
              Map.entry("concert", EventKind.PERFORMANCE),
          Map.entry("exercises", EventKind.EXERCISE), Map.entry("exercise", EventKind.EXERCISE),
          Map.entry("drill", EventKind.EXERCISE), Map.entry("training", EventKind.EXERCISE),
          Map.entry("forum", EventKind.CONFERENCE), Map.entry("symposium", EventKind.CONFERENCE),
          Map.entry("seminar", EventKind.CONFERENCE), Map.entry("festival", EventKind.PERFORMANCE),
          Map.entry("parade", EventKind.CEREMONY), Map.entry("talks", EventKind.MEETING),
          Map.entry("tribute", EventKind.CEREMONY), Map.entry("call", EventKind.VISIT));

  private static final Map<String, String> VISIT_VERBS =
      Map.of(
          "inspected",
          "inspection of",
          "visited",
          "visit to",
          "toured",
          "visit to",
          "guided",
          "field guidance to");

  private static final Set<String> GUIDED =
      Set.of(
          "guided",
          "inspected",
          "presided",
          "chaired",
          "visited",
          "toured",
          "oversaw",
          "conducted",
          "opened");
  private static final Set<String> SPOKE =
      Set.of(
          "speech",
          "speeches",
          "report",
          "reports",
          "conclusion",
          "spoke",
          "addressed",
          "delivered",
          "speakers",
          "speaker",
          "toast",
          "address",
          "eulogy");
  private static final Set<String> ATTENDED =
      Set.of(
          "accompanied",
          "accompanying",
          "greeted",
          "present",
          "watching",
          "waiting",
          "attended",
          "participated",
          "joined",
          "welcomed",
          "watched",
          "observed",
          "saw",
          "hand",
          "enjoyed",
          "laid",
          "visited",
          "paid",
          "received",
          "met",
          "participants",
          "attending",
          "among",
          "audience",
          "spectators");
  private static final Set<String> AWARDED =
      Set.of("conferred", "awarded", "decorated", "presented");

  /** Verbs that award only with an honour as their subject: "The doctor's degree went to X". */
  private static final Set<String> HANDED_OVER = Set.of("went", "given", "granted", "bestowed");

  private static final Set<String> HONOURS =
      Set.of(
          "degree",
          "degrees",
          "title",
          "titles",
          "prize",
          "prizes",
          "order",
          "orders",
          "medal",
          "medals",
          "professorship",
          "award",
          "awards",
          "diploma",
          "diplomas",
          "certificate",
          "honour",
          "honor",
          "testimonial",
          "badge",
          "cup",
          "commendation",
          "commendations");

  /** "received the title of ...", "received the Order of ...": an honour right after the verb. */
  private static boolean honourAfter(Sentence s, int cue) {
    for (int i = cue + 1; i < Math.min(s.size(), cue + 4); i++) {
      if (HONOURS.contains(s.token(i).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean honourBefore(Sentence s, int cue) {
    for (int i = 0; i < cue; i++) {
      if (HONOURS.contains(s.token(i).lower())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<ArticleEvent> extract(List<AnalyzedSentence> sentences, Deadline deadline) {
    List<Slot> slots = new ArrayList<>();
    List<EventParticipation> early = new ArrayList<>();
    Slot current = null;
    ParticipationKind listed = null;
    ListRanks ranks = new ListRanks();
    for (AnalyzedSentence a : sentences) {
      deadline.check();
      if (a.title()) {
        continue;
      }
      List<EventParticipation> parts = new ArrayList<>();
      String guide = a.names().isEmpty() ? null : participations(a, parts);
      if (listed != null && parts.isEmpty() && isListBody(a.sentence())) {
        for (PersonName n : a.names()) {
          if (!isMentionOnly(a.sentence(), n, a.names())) {
            parts.add(new EventParticipation(n, listed, a));
          }
        }
        ranks.continueList(parts);
      } else {
        listed = null;
        ranks.closeList();
        ranks.sentence(a.sentence(), parts);
      }
      ParticipationKind opened = listIntro(a);
      if (opened != null) {
        listed = opened;
        ranks.openList(a.sentence(), opened);
      }
      ArticleEvent mention = eventIn(a, null, List.of());
      Slot target = null;
      if (mention != null) {
        target = sameAs(slots, mention.name(), mention.kind());
        // a further event starts only where its sentence also says who took part in it:
        // an event merely named ("decisions of the 8th Congress") takes nobody from the main one
        if (target == null && (slots.isEmpty() || !parts.isEmpty())) {
          target = new Slot(mention.name(), mention.kind(), a, monthDay(a.sentence()));
          slots.add(target);
        }
      }
      if (target == null) {
        target = byDefiniteMention(a.sentence(), slots);
      }
      if (target == null) {
        target = current;
      }
      if (target == null) {
        early.addAll(parts);
      } else {
        target.parts.addAll(parts);
        if (target.leader == null) {
          target.leader = guide;
        }
        current = target;
      }
    }
    if (slots.isEmpty()) {
      if (early.isEmpty()) {
        return List.of();
      }
      AnalyzedSentence title =
          sentences.stream().filter(AnalyzedSentence::title).findFirst().orElse(sentences.get(0));
      String name = title.sentence().text().trim();
      Slot only = new Slot(name.isEmpty() ? "event" : name, EventKind.OTHER, title, null);
      slots.add(only);
    }
    slots.get(0).parts.addAll(0, early);
    ranks.closeList();
    List<ArticleEvent> out = new ArrayList<>();
    for (Slot slot : slots) {
      slot.parts.replaceAll(ranks::placed);
      if (slot.leader == null) {
        slot.leader =
            slot.parts.stream()
                .filter(p -> p.kind() == ParticipationKind.GUIDED)
                .map(p -> p.person().name())
                .findFirst()
                .orElse(null);
      }
      Set<String> guided = new java.util.HashSet<>();
      for (EventParticipation p : slot.parts) {
        if (p.kind() == ParticipationKind.GUIDED) {
          guided.add(p.person().name());
        }
      }
      slot.parts.removeIf(
          p -> p.kind() == ParticipationKind.ATTENDED && guided.contains(p.person().name()));
      if (!slot.parts.isEmpty()) {
        out.add(
            new ArticleEvent(
                slot.name,
                slot.kind,
                slot.leader,
                slot.evidence,
                dedupe(slot.parts),
                slot.monthDay));
      }
    }
    return out;
  }

  /** An event being gathered: its name and the participations read so far. */
  private static final class Slot {
    final String name;
    final EventKind kind;
    final AnalyzedSentence evidence;
    final String monthDay;
    final List<EventParticipation> parts = new ArrayList<>();
    String leader;

    Slot(String name, EventKind kind, AnalyzedSentence evidence, String monthDay) {
      this.name = name;
      this.kind = kind;
      this.evidence = evidence;
      this.monthDay = monthDay;
    }
  }

  /** The slot naming the same event: same head word, and one name's words contain the other's. */
  private static Slot sameAs(List<Slot> slots, String name, EventKind kind) {
    Set<String> words = wordsOf(name);
    String head = headOf(name);
    for (Slot slot : slots) {
      Set<String> other = wordsOf(slot.name);
      if (other.containsAll(words) || words.containsAll(other)) {
        return slot;
      }
      if (headOf(slot.name).equals(head) && Objects.equals(ordinal(other), ordinal(words))) {
        return slot; // "Forum of Our Nation-2024" and "the National Forum"; not "6th" and "5th
        // Conference"
      }
      if (slot.kind == EventKind.FUNERAL && kind == EventKind.CEREMONY) {
        return slot; // the farewell ceremony, the funeral procession: parts of the funeral
      }
    }
    return null;
  }

  private static String ordinal(Set<String> words) {
    return words.stream()
        .filter(w -> w.matches("\\d+(?:st|nd|rd|th)"))
        .sorted()
        .findFirst()
        .orElse(null);
  }

  /**
   * "presided over the meeting": the latest event whose head word the sentence names after "the".
   */
  private static Slot byDefiniteMention(Sentence s, List<Slot> slots) {
    for (int i = 1; i < s.size(); i++) {
      String w = s.token(i).lower();
      if (EVENT_HEADS.containsKey(w) && (s.token(i - 1).is("the") || s.token(i - 1).is("The"))) {
        for (int k = slots.size() - 1; k >= 0; k--) {
          if (headOf(slots.get(k).name).equals(w)) {
            return slots.get(k);
          }
        }
      }
    }
    return null;
  }

  private static Set<String> wordsOf(String name) {
    Set<String> out = new java.util.HashSet<>();
    String lower =
        name.toLowerCase(Locale.ROOT)
            .replace("workers' party of korea", "wpk")
            .replace("korean people's army", "kpa")
            .replace("supreme people's assembly", "spa");
    for (String w : lower.split("[^a-z0-9']+")) {
      if (!w.isEmpty() && !w.equals("the") && !w.equals("of") && !w.equals("a")) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * The event word of a name ("meeting" in "enlarged meeting of the Political Bureau"), or its
   * first word.
   */
  private static String headOf(String name) {
    String[] words = name.toLowerCase(Locale.ROOT).split(" ");
    for (String w : words) {
      if (EVENT_HEADS.containsKey(w) || VISIT_NAMES.contains(w)) {
        return w;
      }
    }
    return words[0];
  }

  private static final Set<String> VISIT_NAMES = Set.of("inspection", "visit", "field");

  private static final java.util.regex.Pattern EXPLICIT_DATE =
      java.util.regex.Pattern.compile(
          "\\b(?:on|from|since)"
              + " (Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?"
              + " (\\d{1,2})\\b");

  /**
   * "on April 8", "from July 29 to 30" in the sentence naming the event, as MM-DD; null when none.
   */
  private static String monthDay(Sentence s) {
    java.util.regex.Matcher m = EXPLICIT_DATE.matcher(s.text());
    if (!m.find()) {
      return null;
    }
    int day = Integer.parseInt(m.group(2));
    if (day < 1 || day > 31) {
      return null;
    }
    String month = m.group(1).substring(0, 3).toLowerCase(Locale.ROOT);
    int number =
        List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(month)
            + 1;
    return String.format("%02d-%02d", number, day);
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
    boolean message = false;
    for (int i = 0; i < s.size(); i++) {
      String w = s.token(i).lower();
      if (guidedCue < 0 && GUIDED.contains(w) && !(i > 0 && s.token(i - 1).is("was"))) {
        guidedCue = i;
      }
      if (guidedCue < 0
          && w.equals("guidance")
          && i > 0
          && s.token(i - 1).lower().matches("field|gave")) {
        guidedCue = i;
      }
      if (guidedCue < 0 && w.equals("platform") && i > 1 && s.token(i - 2).is("took")) {
        guidedCue = i;
      }
      if (spokeCue < 0 && SPOKE.contains(w)) {
        spokeCue = i;
      }
      if (receivedMessage(s, i)) {
        message = true; // "received a letter from the participants in ...": no one attended
      }
      if (attendedCue < 0 && ATTENDED.contains(w) && !othersAct(s, names, i)) {
        attendedCue = i;
      }
      if (awardedCue < 0
          && AWARDED.contains(w)
          && !(w.equals("presented") && !honourAfter(s, i) && !honourBefore(s, i))) {
        // "Children presented bouquets to X": flowers, not an honour
        awardedCue = i;
      }
      if (awardedCue < 0 && w.equals("received") && honourAfter(s, i) && !othersAct(s, names, i)) {
        awardedCue = i; // "X, artist of the troupe, received the title of Labor Hero"
      }
      if (awardedCue < 0
          && HANDED_OVER.contains(w)
          && i + 1 < s.size()
          && s.token(i + 1).lower().matches("to|on|upon")
          && honourBefore(s, i)) {
        awardedCue = i; // "The doctor's degree went to X", "the title was given to Y"
      }
    }
    PersonName subject = names.get(0);
    int reported = reportedSpeech(s);
    int quoted = quotedBefore(s);
    if (guidedCue >= 0 && guidedCue < reported && guidedCue > quoted) {
      PersonName guider = null;
      if (guidedCue + 1 < s.size() && s.token(guidedCue + 1).is("by")) {
        guider = firstAfter(names, guidedCue);
      } else if (subject.from() < guidedCue) {
        guider = subject;
      }
      if (guider != null && isHomageVisit(s, guidedCue)) {
        out.add(new EventParticipation(guider, ParticipationKind.ATTENDED, a));
      } else if (guider != null) {
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
          if (!isMentionOnly(s, n, names)) {
            out.add(new EventParticipation(n, ParticipationKind.SPOKE, a));
          }
        }
      }
    }
    if (awardedCue >= 0 && awardedCue < reported) {
      for (PersonName n : names) {
        if (n.from() > reported || n.to() <= quoted || afterOf(s, n)) {
          continue; // "on the birth anniversary of President Kim Il Sung": no recipient
        }
        boolean recipient =
            s.token(awardedCue).is("received")
                ? n.from() < awardedCue
                : n.from() > awardedCue || passiveAward(s, awardedCue);
        if (recipient) {
          out.add(new EventParticipation(n, ParticipationKind.AWARDED, a));
        }
      }
    }
    if (attendedCue >= 0 && attendedCue < reported && awardedCue < 0 && spokeCue < 0 && !message) {
      for (PersonName n : names) {
        if (!n.name().equals(guide)
            && !isMentionOnly(s, n, names)
            && n.from() < reported
            && n.from() > quoted) {
          out.add(new EventParticipation(n, ParticipationKind.ATTENDED, a));
        }
      }
    }
    int appointing = appointedByTheMeeting(s, names);
    if (appointing >= 0) {
      ParticipationKind kind =
          APPOINTING.contains(s.token(appointing).lower())
              ? ParticipationKind.APPOINTED
              : ParticipationKind.DISMISSED;
      for (PersonName n : names) {
        if (n.from() > appointing && !isMentionOnly(s, n, names)) {
          out.add(new EventParticipation(n, kind, a));
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

  private static final Set<String> APPOINTING = Set.of("appointed", "elected", "promoted");
  private static final Set<String> DISMISSING =
      Set.of("released", "dismissed", "recalled", "relieved");

  /**
   * "he referred to the fact that X and Y signed the treaty", "He said that the association,
   * organized by X, ...": where reported speech begins (the "that" after a verb or "fact"); persons
   * named in it are what was said, not who was there. The sentence's length when none.
   */
  private static int reportedSpeech(Sentence s) {
    for (int i = 1; i < s.size(); i++) {
      if (s.token(i).is("that")) {
        Token before = s.token(i - 1);
        if (before.is("fact") || before.tag().matches("VBD|VBZ|VBG|VBP")) {
          return i;
        }
      }
    }
    return s.size();
  }

  /**
   * "X greatly contributed to peace ..., the president said, stressing ...": where a speech tag
   * after the words it reports stands (the "," before "he said", "the president said"); persons
   * named before it are what was said. -1 when there is none.
   */
  private static int quotedBefore(Sentence s) {
    for (int i = 2; i < s.size(); i++) {
      if (!s.token(i).lower().matches("said|noted|stressed|added|recalled|declared")) {
        continue;
      }
      if (s.token(i - 1).lower().matches("he|she|they|it") && s.token(i - 2).is(",")) {
        return i - 2;
      }
      if (i > 2
          && s.token(i - 2).is("the")
          && s.token(i - 1).isLowerCase()
          && s.token(i - 3).is(",")) {
        return i - 3;
      }
    }
    return -1;
  }

  /**
   * "The meeting appointed Ri Hi Yong, ..., as chief secretary of ...", "The meeting elected X as a
   * delegate": an appointing verb in the active voice whose subject is no person (nobody is named
   * before it) and whose object is the first name; the position of the verb, or -1.
   */
  private static int appointedByTheMeeting(Sentence s, List<PersonName> names) {
    for (int i = 1; i + 1 < s.size(); i++) {
      String w = s.token(i).lower();
      if (APPOINTING.contains(w) || DISMISSING.contains(w)) {
        boolean active = !s.token(i - 1).lower().matches("was|were|been|is|are|be|newly|who|and|,");
        if (active && names.get(0).from() == i + 1) {
          return i;
        }
        return -1;
      }
    }
    return -1;
  }

  /**
   * A sentence announcing a list that the next sentences give ("The following members ... were
   * appointed at the session ...:", "... newly appointed at the session are as follows:"): the kind
   * its passive cue gives to every name listed, or null when it is no such sentence. Nobody may be
   * named after the cue: names there are the list itself.
   */
  private static ParticipationKind listIntro(AnalyzedSentence a) {
    Sentence s = a.sentence();
    int n = s.size();
    if (n < 2) {
      return null;
    }
    boolean announces = s.token(n - 1).is(":");
    for (int i = 0; i + 1 < n && !announces; i++) {
      announces = s.token(i).is("as") && s.token(i + 1).is("follows");
    }
    if (!announces) {
      return null;
    }
    for (int i = 0; i < n; i++) {
      String w = s.token(i).lower();
      ParticipationKind kind = null;
      if (APPOINTING.contains(w) || DISMISSING.contains(w) || AWARDED.contains(w)) {
        // only the passive announces those listed: "released the following statement" does not
        boolean passive =
            i > 0 && s.token(i - 1).lower().matches("was|were|been|are|is|newly")
                || i + 1 < n && s.token(i + 1).lower().matches("at|by|to|as|:");
        if (passive) {
          kind =
              APPOINTING.contains(w)
                  ? ParticipationKind.APPOINTED
                  : DISMISSING.contains(w)
                      ? ParticipationKind.DISMISSED
                      : ParticipationKind.AWARDED;
        }
      }
      if (kind != null) {
        for (PersonName name : a.names()) {
          if (name.from() > i) {
            return null;
          }
        }
        return kind;
      }
    }
    return null;
  }

  /**
   * A line of a list ("Vice-Premier Pak Hun,", "No Kwang Chol, minister of National Defence") or a
   * heading of one ("The DPRK Cabinet:"): no verb of its own, capitalized words in titles aside.
   */
  private static boolean isListBody(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.isLowerCase() && t.tag().matches("VBD|VBZ|VBP|MD")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "visited the Kumsusan Palace of the Sun", the mausoleum where the late leaders lie in state: a
   * visit of homage, which the visitor attends rather than guides.
   */
  private static boolean isHomageVisit(Sentence s, int cue) {
    if (!s.token(cue).is("visited")) {
      return false;
    }
    int k = cue + 1;
    if (k < s.size() && s.token(k).is("the")) {
      k++;
    }
    return k < s.size() && s.token(k).is("Kumsusan");
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
  static boolean isMentionOnly(Sentence s, PersonName n, List<PersonName> names) {
    if (n.to() < s.size() && (s.token(n.to()).is("'s") || s.token(n.to()).is("'"))) {
      return true;
    }
    if (n.to() < s.size() && HONOUR_NAMES.contains(s.token(n.to()).text())) {
      return true; // "Kim Il Sung Order went to X": the name of an honour
    }
    int k = n.from() - 1;
    while (k > 0 && EPITHETS.contains(s.token(k).lower())) {
      k--;
    }
    if (k > 0 && (s.token(k).is("and") || s.token(k).is(","))) {
      for (PersonName m : names) {
        if (m.to() <= k && m.to() >= k - 2 && m != n) {
          // "the statues of President Kim Il Sung and Chairman Kim Jong Il": the coordinated name
          // is mentioned as the first one is
          if (isMentionOnly(s, m, names)) {
            return true;
          }
          break;
        }
      }
    }
    k = n.from() - 1;
    while (k > 0 && EPITHETS.contains(s.token(k).lower())) {
      k--; // "the birth anniversary of leader Kim Jong Il": the preposition before the epithet
    }
    if (k >= 0) {
      String before = s.token(k).lower();
      return before.equals("late")
          || before.equals("of")
          || before.equals("to")
          || before.equals("for")
          || before.equals("before")
          || before.equals("after")
          || before.equals("between") // "relations between General Secretary X and President Y"
          || before.equals("where"); // "the hall where Kim Jong Il lies in state"
    }
    return false;
  }

  /** "of President X", "of leader X": the name a phrase names something after. */
  private static boolean afterOf(Sentence s, PersonName n) {
    int k = n.from() - 1;
    while (k > 0 && EPITHETS.contains(s.token(k).lower())) {
      k--;
    }
    return k >= 0 && s.token(k).is("of");
  }

  /** Words of reverence standing between a preposition and a leader's name. */
  private static final Set<String> EPITHETS =
      Set.of(
          "leader",
          "great",
          "dear",
          "respected",
          "beloved",
          "comrade",
          "president",
          "generalissimo",
          "marshal",
          "general",
          "chairman",
          "secretary",
          "the");

  /** Honours named after a person: "Kim Il Sung Prize", "Kim Jong Il Order". */
  private static final Set<String> HONOUR_NAMES =
      Set.of("Order", "Prize", "Medal", "Youth", "Award", "Badge");

  private static boolean byFollows(Sentence s, int cue) {
    for (int i = cue + 1; i < Math.min(s.size(), cue + 4); i++) {
      if (s.token(i).is("by")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "made a speech", "delivered a report", "spoke", "X in his speech said": the cue is the
   * subject's own act.
   */
  private static boolean isSpeechVerb(Sentence s, int cue) {
    String w = s.token(cue).lower();
    if (w.equals("spoke") || w.equals("addressed") || w.equals("delivered")) {
      return true;
    }
    for (int k = cue - 1; k >= Math.max(0, cue - 3); k--) {
      Token t = s.token(k);
      if (t.is("in")) {
        return k
            < cue - 1; // "X, chairman of ..., in a report said", "said in the memorial address"
      }
      if (!t.isLowerCase() || t.isVerb() || t.is(",")) {
        break;
      }
    }
    for (int i = Math.max(0, cue - 4); i < cue; i++) {
      String v = s.token(i).lower();
      if (v.equals("made")
          || v.equals("delivered")
          || v.equals("gave")
          || v.equals("read")
          || v.equals("proposed")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> MESSAGES =
      Set.of(
          "message",
          "messages",
          "letter",
          "letters",
          "greeting",
          "greetings",
          "card",
          "cards",
          "telegram",
          "telegrams");

  /**
   * "received a congratulatory message from X", "received letters": a message received is no
   * gathering the receiver attended.
   */
  private static boolean receivedMessage(Sentence s, int cue) {
    if (!s.token(cue).is("received")) {
      return false;
    }
    for (int k = cue + 1; k < Math.min(s.size(), cue + 5); k++) {
      if (MESSAGES.contains(s.token(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "hosted a reception for the officers and men who received the orders": a cue in a relative
   * clause whose antecedent is no named person tells what others did.
   */
  private static boolean othersAct(Sentence s, List<PersonName> names, int cue) {
    if (cue < 1 || !s.token(cue - 1).lower().matches("who|that|which")) {
      return false;
    }
    for (PersonName n : names) {
      if (n.to() == cue - 1 || n.to() == cue - 2 && s.token(cue - 2).is(",")) {
        return false;
      }
    }
    return true;
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

  private static ArticleEvent eventIn(
      AnalyzedSentence a, String leader, List<EventParticipation> parts) {
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
          return new ArticleEvent(visit + " " + object, kind, leader, a, dedupe(parts), null);
        }
      }
      EventKind kind = EVENT_HEADS.get(w);
      boolean partOfLongerName =
          i + 1 < s.size() && s.token(i + 1).isCapitalized() && t.isCapitalized();
      if (kind != null
          && !partOfLongerName
          && (t.isCapitalized()
              || i > 0 && (s.token(i - 1).isCapitalized() || s.token(i - 1).tag().startsWith("JJ"))
              || ordinalBefore(s, i)
              || hostedIndefinite(s, i))) {
        int from = i;
        while (from > 0 && isEventModifier(s.token(from - 1))) {
          from--;
        }
        if (referenced(s, from)) {
          continue;
        }
        int end = i + 1;
        if (end + 1 < s.size()
            && (s.token(end).is("of") || s.token(end).is("for") || s.token(end).is("on"))) {
          int orgEnd = PostGrammar.orgEnd(s, end + 1, names);
          if (orgEnd > end + 1) {
            end = orgEnd;
          }
        }
        String name = PostGrammar.orgText(s, from, end);
        if (name != null) {
          return new ArticleEvent(name, kind, leader, a, dedupe(parts), null);
        }
      }
    }
    return null;
  }

  private static final Set<String> HOSTING =
      Set.of("hosted", "gave", "arranged", "sponsored", "organized", "held", "threw");

  /**
   * "The embassy hosted a reception", "A meeting was held": an event reported with the indefinite
   * article, held or hosted in the sentence itself.
   */
  private static boolean hostedIndefinite(Sentence s, int head) {
    if (head < 1 || !s.token(head - 1).lower().matches("a|an")) {
      return false;
    }
    if (head >= 2 && HOSTING.contains(s.token(head - 2).lower())) {
      return true;
    }
    return head + 2 < s.size()
        && s.token(head + 1).lower().matches("was|were")
        && s.token(head + 2).lower().matches("held|hosted|given|arranged");
  }

  /**
   * "the decisions of the 8th Congress", "a report on the plenary meeting": an event referred to,
   * not reported.
   */
  private static boolean referenced(Sentence s, int from) {
    int k = from - 1;
    if (k >= 0 && (s.token(k).is("the") || s.token(k).is("a"))) {
      k--;
    }
    return k >= 0 && s.token(k).lower().matches("of|on|for|about|to|since|after");
  }

  /**
   * "the 22nd emergency enlarged meeting": an ordinal among the modifiers makes it a named event.
   */
  private static boolean ordinalBefore(Sentence s, int head) {
    for (int k = head - 1; k >= 0 && k >= head - 4 && isEventModifier(s.token(k)); k--) {
      if (Character.isDigit(s.token(k).text().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> EVENT_MODIFIERS =
      Set.of(
          "plenary",
          "enlarged",
          "general",
          "tactical",
          "photo",
          "memorial",
          "regular",
          "awarding",
          "flight",
          "emergency",
          "extraordinary",
          "joint",
          "expanded");

  private static boolean isEventModifier(Token t) {
    String w = t.text();
    if (w.equals("'s") || w.equals("\u2019s")) {
      return true; // "the Chinese National People's Congress": a body's name, read back to "of"
    }
    if (EVENT_MODIFIERS.contains(w.toLowerCase(Locale.ROOT))) {
      return true; // before the verb test: "enlarged" is tagged as a participle
    }
    if (w.equals("the") || w.equals("a") || w.equals("an") || w.equals(",") || t.isVerb()) {
      return false;
    }
    return t.isCapitalized() || Character.isDigit(w.charAt(0)) || t.tag().startsWith("JJ");
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
