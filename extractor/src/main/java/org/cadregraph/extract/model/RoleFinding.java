package org.cadregraph.extract.model;

import org.cadregraph.facts.PostStatus;

/**
 * A post a sentence states for a person: role phrase and organization phrase as written (either may
 * be null, not both), whether it is current, former, newly given or taken away, and the person's
 * position in a list sharing the role. Immutable.
 */
public record RoleFinding(
    PersonName person, String role, String organization, PostStatus status, Integer listIndex) {

  public RoleFinding {
    if (person == null || (role == null && organization == null)) {
      throw new IllegalArgumentException(
          "a role finding needs a person and a role or an organization");
    }
    status = status == null ? PostStatus.CURRENT : status;
  }
}
