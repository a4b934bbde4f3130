package org.cadregraph.extract.orgs;

import java.util.List;

/**
 * The organization-hierarchy stage: containments stated inside an organization phrase. Thread-safe.
 */
public interface PartOfExtractor {

  /** A stated containment: child unit inside parent unit, each the shortest phrase naming it. */
  record Containment(String child, String parent) {}

  List<Containment> extract(String organizationPhrase);
}
