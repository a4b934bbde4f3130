package org.cadregraph.extract.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The names of one sentence by the token they start at. Immutable. */
public final class NameIndex {
  private final Map<Integer, PersonName> byStart = new HashMap<>();

  public NameIndex(List<PersonName> names) {
    for (PersonName n : names) {
      byStart.put(n.from(), n);
    }
  }

  public boolean startsAt(int token) {
    return byStart.containsKey(token);
  }

  public PersonName at(int token) {
    return byStart.get(token);
  }
}
