package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalPath;
import org.neo4j.driver.internal.InternalRelationship;

class PlainValuesTest {
  private static final InternalNode PERSON =
      new InternalNode(
          1,
          List.of("Person"),
          Map.of("name", Values.value("Kim Jong Un"), "born", Values.value(1984)));
  private static final InternalNode POST =
      new InternalNode(2, List.of("Post"), Map.of("role", Values.value("General Secretary")));
  private static final InternalRelationship HOLDS =
      new InternalRelationship(
          3, 1, 2, "HOLDS", Map.of("since", Values.value(LocalDate.of(2021, 1, 10))));

  @Test
  void nodeBecomesItsSortedPropertiesPlusLabels() {
    assertThat(PlainValues.of(PERSON.asValue()))
        .isEqualTo(Map.of("born", 1984L, "name", "Kim Jong Un", "_labels", List.of("Person")));
    assertThat(List.copyOf(((Map<?, ?>) PlainValues.of(PERSON.asValue())).keySet()))
        .isEqualTo(List.of("born", "name", "_labels"));
  }

  @Test
  void relationshipBecomesItsPropertiesPlusTypeWithDatesAsIsoText() {
    assertThat(PlainValues.of(HOLDS.asValue()))
        .isEqualTo(Map.of("since", "2021-01-10", "_type", "HOLDS"));
  }

  @Test
  void pathBecomesItsNodesAndRelationshipsInOrder() {
    Object path = PlainValues.of(new InternalPath(PERSON, HOLDS, POST).asValue());

    assertThat(path)
        .asList()
        .extracting(step -> ((Map<?, ?>) step).containsKey(PlainValues.TYPE))
        .containsExactly(false, true, false);
  }

  @Test
  void scalarsListsAndMapsStayPlain() {
    assertThat(PlainValues.of(Values.value(42))).isEqualTo(42L);
    assertThat(PlainValues.of(Values.value(2.5))).isEqualTo(2.5);
    assertThat(PlainValues.of(Values.NULL)).isNull();
    assertThat(PlainValues.of(Values.value(List.of(PERSON.asValue(), Values.value("x")))))
        .isEqualTo(
            List.of(
                Map.of("born", 1984L, "name", "Kim Jong Un", "_labels", List.of("Person")), "x"));
    assertThat(PlainValues.of(Values.value(Map.of("k", List.of(1, 2)))))
        .isEqualTo(Map.of("k", List.of(1L, 2L)));
  }
}
