package org.cadregraph.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A person named in an article, whether or not a post or event is stated for them.
 *
 * @param article the article's id
 * @param person the name as written in KCNA romanization, without titles
 * @param personKey as in {@link Holds#personKey()}
 * @param evidence the sentence that names the person
 */
public record Mention(
    String article, String person, @JsonProperty("person_key") String personKey, Evidence evidence)
    implements Fact {

  public Mention {
    Checks.text(article, "article");
    Checks.text(person, "person");
    personKey = Checks.optionalText(personKey);
  }

  @Override
  @JsonIgnore
  public FactType type() {
    return FactType.MENTION;
  }
}
