package org.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cadregraph.graph.query.SavedQueries;
import org.cadregraph.graph.query.SavedQuery;
import org.junit.jupiter.api.Test;

/** Labels and relationship types come from the enums: the Cypher files use no others. */
class CypherVocabularyTest {
  private static final Pattern LABEL =
      Pattern.compile("\\(\\s*\\w*\\s*:\\s*(\\w+)|\\bn:(\\w+)|\\|\\s*(\\w+)\\s*\\)");
  private static final Pattern TYPE = Pattern.compile("\\[\\s*\\w*\\s*:\\s*(\\w+)");

  private static final Set<String> LABELS =
      Arrays.stream(NodeLabel.values()).map(NodeLabel::label).collect(Collectors.toSet());
  private static final Set<String> TYPES =
      Arrays.stream(RelType.values()).map(RelType::name).collect(Collectors.toSet());

  @Test
  void schemaAndSavedQueriesUseOnlyKnownLabelsAndTypes() {
    StringBuilder all = new StringBuilder(CypherFiles.read("cypher/schema.cypher"));
    for (SavedQuery query : SavedQueries.fromClasspath().list()) {
      all.append('\n').append(query.cypher());
    }
    // String literals (a key pattern such as "(cc|wpk)") hold values, not labels or types.
    String code =
        all.toString().replaceAll("\"(?:\\\\.|[^\"\\\\\\n])*+\"|'(?:\\\\.|[^'\\\\\\n])*+'", "''");
    Set<String> labels = found(LABEL, code);
    Set<String> types = found(TYPE, code);

    assertThat(labels).isNotEmpty().allMatch(LABELS::contains);
    assertThat(types).isNotEmpty().allMatch(TYPES::contains);
  }

  @Test
  void loaderWritesEveryLabelOfTheModel() {
    List<String> written = Arrays.stream(NodeLabel.values()).map(GraphStatements::nodes).toList();
    assertThat(String.join("\n", written))
        .contains(
            ":Person ",
            ":Organization ",
            ":Cell ",
            ":Post ",
            ":Event ",
            ":Participation ",
            ":Citation ");
  }

  private static Set<String> found(Pattern pattern, String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null) {
          out.add(m.group(g));
        }
      }
    }
    return out;
  }
}
