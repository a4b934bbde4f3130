package org.cadregraph.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An organization or unit stated to be part of another ("X under Y", "X of Y").
 *
 * @param article the article's id
 * @param child the contained unit, shortest phrase that names it
 * @param parent the containing unit, shortest phrase that names it
 * @param evidence the sentence that states it
 */
public record PartOf(String article, String child, String parent, Evidence evidence)
    implements Fact {

  public PartOf {
    Checks.text(article, "article");
    Checks.text(child, "child");
    Checks.text(parent, "parent");
  }

  @Override
  @JsonIgnore
  public FactType type() {
    return FactType.PART_OF;
  }
}
