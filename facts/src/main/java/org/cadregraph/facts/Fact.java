package org.cadregraph.facts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One statement extracted from one article: the unit that crosses from the extractor to the graph
 * loader, one JSON object per line in its JSON Lines form.
 *
 * <p>Every fact names the {@link #article() article} it came from; all facts but {@link
 * ArticleInfo} carry the {@link Evidence} that states them. Implementations are immutable records
 * and safe to share between threads.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ArticleInfo.class, name = "article"),
  @JsonSubTypes.Type(value = Holds.class, name = "holds"),
  @JsonSubTypes.Type(value = PartOf.class, name = "part_of"),
  @JsonSubTypes.Type(value = EventFact.class, name = "event"),
  @JsonSubTypes.Type(value = Participation.class, name = "participation"),
  @JsonSubTypes.Type(value = Mention.class, name = "mention"),
  @JsonSubTypes.Type(value = CellHonour.class, name = "cell_honour")
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface Fact
    permits ArticleInfo, Holds, PartOf, EventFact, Participation, Mention, CellHonour {

  /** The article's id: its path relative to the folder named on the command line. */
  String article();

  /** The kind of record, as written in the {@code "type"} field of its JSON form. */
  FactType type();
}
