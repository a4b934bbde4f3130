package org.cadregraph.extract.orgs;

import java.util.List;

/**
 * The organization-hierarchy stage: containments stated inside an organization phrase. Thread-safe.
 */
public interface PartOfExtractor {

  /** A stated containment: child unit inside parent unit, each the shortest phrase naming it. */
  record Containment(String child, String parent) {}

  List<Containment> extract(String organizationPhrase);

  /**
   * The name with a spelled-out institution in its usual abbreviation ("Workers' Party of Korea" ->
   * "WPK"): two containments whose parents agree in this form are one.
   */
  String abbreviated(String name);

  /** Splits the phrase on "of the", "under", "C.C., the WPK" and a prefixed "KPA"/"WPK". */
  static PartOfExtractor nestedPhrase() {
    return new NestedPhrasePartOfExtractor();
  }
}
