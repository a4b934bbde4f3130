package org.cadregraph.extract.model;

import org.cadregraph.facts.ListRank;
import org.cadregraph.facts.PostStatus;

/**
 * A post a sentence states for a person: role phrase and organization phrase as written (either may
 * be null, not both), whether it is current, former, newly given or taken away, and the person's
 * position in a list sharing the role, and the person's place in a ranked roster (null where the
 * post was not stated by a roster). Immutable.
 */
public record RoleFinding(
    PersonName person,
    String role,
    String organization,
    PostStatus status,
    Integer listIndex,
    ListRank rank) {

  /** A post stated outside a ranked roster. */
  public RoleFinding(
      PersonName person, String role, String organization, PostStatus status, Integer listIndex) {
    this(person, role, organization, status, listIndex, null);
  }

  public RoleFinding {
    if (person == null || (role == null && organization == null)) {
      throw new IllegalArgumentException(
          "a role finding needs a person and a role or an organization");
    }
    status = status == null ? PostStatus.CURRENT : status;
  }

  /** The same post with the person's place in the roster that states it. */
  public RoleFinding withRank(ListRank place) {
    return new RoleFinding(person, role, organization, status, listIndex, place);
  }
}
