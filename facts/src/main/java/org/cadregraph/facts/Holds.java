package org.cadregraph.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A person holds (or held) a role in an organization, as one article states it.
 *
 * @param article the article's id
 * @param person the name as written in KCNA romanization, without titles
 * @param personKey a key that tells apart different persons of the same name within the article
 *     (e.g. the name with the organization co-mentioned), or null when the name alone is enough
 * @param role the title phrase as written, without the organization; null when only the
 *     organization is stated
 * @param organization the organization phrase as written, full nested phrase; null when none
 * @param orgPath the organization split into its containment chain, innermost first (empty when no
 *     organization or no nesting was found)
 * @param status whether the post is current, former, newly appointed or left
 * @param listIndex position of the person in a list of names sharing the role, or null (0-based;
 *     part of the person's identity in the graph, unlike {@code rank})
 * @param rank the person's place in the ordered list of persons the evidence sentence gives (a
 *     committee, those elected, speakers ...), or null when the text gives no such list
 * @param evidence the sentence that states it
 */
public record Holds(
    String article,
    String person,
    @JsonProperty("person_key") String personKey,
    @JsonInclude(JsonInclude.Include.ALWAYS) String role,
    @JsonInclude(JsonInclude.Include.ALWAYS) String organization,
    @JsonProperty("org_path") List<String> orgPath,
    PostStatus status,
    @JsonProperty("list_index") Integer listIndex,
    ListRank rank,
    Evidence evidence)
    implements Fact {

  public Holds {
    Checks.text(article, "article");
    Checks.text(person, "person");
    personKey = Checks.optionalText(personKey);
    role = Checks.optionalText(role);
    organization = Checks.optionalText(organization);
    if (role == null && organization == null) {
      throw new FactException("holds for '" + person + "' needs a role or an organization");
    }
    orgPath = orgPath == null ? List.of() : List.copyOf(orgPath);
    status = status == null ? PostStatus.CURRENT : status;
  }

  @Override
  @JsonIgnore
  public FactType type() {
    return FactType.HOLDS;
  }
}
