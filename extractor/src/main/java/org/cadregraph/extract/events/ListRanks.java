package org.cadregraph.extract.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadregraph.extract.model.Sentence;
import org.cadregraph.extract.model.Token;
import org.cadregraph.facts.ListKind;
import org.cadregraph.facts.ListRank;
import org.cadregraph.facts.ParticipationKind;

/**
 * The places of participants in the ordered lists an article gives, gathered while the event stage
 * reads it. A list is the persons one sentence names in one way (accompanying, speaking, awarded
 * ...), or the persons of the lines after a sentence announcing them ("... were appointed as
 * follows:"), which may run over several sentences. Positions follow the text: by sentence, then by
 * where the name stands, whatever the separators ("," "=" "and" or a line break) and the roles in
 * between ("A, B and C, members of X, D ..."). A person named twice in one list keeps the first
 * place; a list of one person is no list. One instance per article, not thread-safe.
 */
final class ListRanks {

  private final Map<EventParticipation, ListRank> places = new IdentityHashMap<>();
  private List<EventParticipation> open;
  private ListKind openKind;

  /** The lists of one sentence that announces none: one per way of taking part, ranked now. */
  void sentence(Sentence s, List<EventParticipation> parts) {
    Map<ParticipationKind, List<EventParticipation>> byKind =
        new EnumMap<>(ParticipationKind.class);
    for (EventParticipation p : parts) {
      byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p);
    }
    byKind.forEach(
        (kind, members) -> {
          ListKind list = listKind(s, kind);
          if (list != null) {
            place(inTextOrder(members), list);
          }
        });
  }

  /** A sentence announcing a list that the next sentences give. */
  void openList(Sentence intro, ParticipationKind kind) {
    closeList();
    open = new ArrayList<>();
    openKind = listKind(intro, kind);
  }

  /** The participants one more line of the announced list names. */
  void continueList(List<EventParticipation> parts) {
    if (open != null) {
      open.addAll(inTextOrder(parts));
    }
  }

  /** The announced list is complete: its size is known, its members get their places. */
  void closeList() {
    if (open != null && openKind != null) {
      place(open, openKind);
    }
    open = null;
    openKind = null;
  }

  /** The participation with its place in its list, if it has one. */
  EventParticipation placed(EventParticipation p) {
    ListRank rank = places.get(p);
    return rank == null ? p : p.ranked(rank);
  }

  private void place(List<EventParticipation> members, ListKind kind) {
    Map<String, Integer> position = new LinkedHashMap<>();
    for (EventParticipation p : members) {
      position.putIfAbsent(p.person().name(), position.size() + 1);
    }
    int size = position.size();
    if (size < 2) {
      return;
    }
    for (EventParticipation p : members) {
      places.put(p, new ListRank(position.get(p.person().name()), size, kind));
    }
  }

  /** Stable: participants of one sentence by where the name stands (the role stage's are last). */
  private static List<EventParticipation> inTextOrder(List<EventParticipation> parts) {
    List<EventParticipation> sorted = new ArrayList<>(parts);
    sorted.sort(Comparator.comparingInt(p -> p.person().from()));
    return sorted;
  }

  /**
   * What the list is, from how its persons take part and the sentence's words; null for those who
   * guided (one leader, no list).
   */
  static ListKind listKind(Sentence s, ParticipationKind kind) {
    return switch (kind) {
      case GUIDED -> null;
      case SPOKE -> ListKind.SPEAKERS;
      case AWARDED -> ListKind.AWARDED;
      case APPOINTED -> has(s, "elected") ? ListKind.ELECTED : ListKind.APPOINTED;
      case DISMISSED -> ListKind.APPOINTED;
      case ATTENDED ->
          has(s, "accompanied", "accompanying")
              ? ListKind.ACCOMPANYING
              : has(s, "platform", "presidium") ? ListKind.PLATFORM : ListKind.PRESENT;
    };
  }

  private static boolean has(Sentence s, String... words) {
    for (Token t : s.tokens()) {
      for (String w : words) {
        if (t.lower().equals(w)) {
          return true;
        }
      }
    }
    return false;
  }
}
