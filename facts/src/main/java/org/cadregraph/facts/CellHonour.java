package org.cadregraph.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A Party cell cited in an article: honoured ("the cell was honored with the title of loyal cell"),
 * held up as an example, or criticized.
 *
 * @param article the article's id
 * @param unit the work unit the cell belongs to, as written ("technical section of the Chollima
 *     Tile Factory")
 * @param honour the honour conferred ("title of loyal cell"), or null when the cell is only cited
 * @param event the event at which it was cited, or null
 * @param evidence the sentence that states it
 */
public record CellHonour(
    String article, String unit, String honour, String event, Evidence evidence) implements Fact {

  public CellHonour {
    Checks.text(article, "article");
    Checks.text(unit, "unit");
    honour = Checks.optionalText(honour);
    event = Checks.optionalText(event);
  }

  @Override
  @JsonIgnore
  public FactType type() {
    return FactType.CELL_HONOUR;
  }
}
