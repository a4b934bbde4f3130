package org.cadregraph.graph;

/**
 * The keys the loader identifies persons and organizations by, for callers that look them up (saved
 * queries derive a {@code xKey} parameter from each {@code Person} or {@code Organization}
 * parameter with these). Stateless and thread-safe.
 */
public final class Keys {
  private Keys() {}

  /**
   * The name key of a person's name in any spelling: {@code "Kim Jong-un"} gives {@code "kim jong
   * un"}.
   */
  public static String person(String name) {
    return PersonNameKeys.key(name);
  }

  /**
   * The key of an organization's full phrase, abbreviations expanded: {@code "WPK Central
   * Committee"} gives {@code "central committee of workers' party of korea"}.
   */
  public static String organization(String phrase) {
    return OrganizationKeys.organization(phrase);
  }
}
