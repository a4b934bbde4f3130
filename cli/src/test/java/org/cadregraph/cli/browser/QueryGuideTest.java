package org.cadregraph.cli.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cadregraph.graph.query.SavedQueries;
import org.cadregraph.graph.query.SavedQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryGuideTest {
  private static final SavedQueries QUERIES = SavedQueries.fromClasspath();

  @Test
  void guideListsEverySavedQueryWithItsDescription() {
    String html = BrowserFiles.guide();
    for (SavedQuery query : QUERIES.list()) {
      assertThat(html).contains("data-query=\"" + query.name() + "\"");
      assertThat(html).contains("<p>" + html(query.description()) + "</p>");
    }
  }

  private static String html(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  @Test
  void paramLinesSetTheLoadersKeyOfAPersonNameFromTheHeadersExample() {
    // current-posts: name: Person, required; its description's first quoted example.
    assertThat(QueryGuide.paramCommands(QUERIES.get("current-posts")))
        .containsExactly(":param nameKey => 'kim jong un'");
  }

  @Test
  void paramLinesGiveDefaultsAsCypherLiteralsForTheParametersTheQueryUses() {
    assertThat(QueryGuide.paramCommands(QUERIES.get("entourage-frequency")))
        .containsExactly(
            ":param leaderKey => 'kim jong un'",
            ":param from => '0000'",
            ":param to => '9999'",
            ":param limit => 25");
    assertThat(QueryGuide.paramCommands(QUERIES.get("person-graph")))
        .containsExactly(":param name => 'Jo Yong Won'");
  }

  @Test
  void requiredParameterWithoutExampleIsLeftEmptyToFillIn() {
    assertThat(QueryGuide.paramCommands(QUERIES.get("persons-in-article")))
        .containsExactly(":param article => ''");
  }

  @Test
  void literalEscapesQuotesAndBackslashes() {
    assertThat(QueryGuide.literal("Ri's \\ x")).isEqualTo("'Ri\\'s \\\\ x'");
    assertThat(QueryGuide.literal(null)).isEqualTo("null");
    assertThat(QueryGuide.literal(false)).isEqualTo("false");
  }

  @Test
  void postConnectCommandAppliesTheStyleThenOpensTheGuide() {
    assertThat(BrowserFiles.postConnectCommand(URI.create("http://127.0.0.1:7474/cadregraph/")))
        .isEqualTo(
            "style http://127.0.0.1:7474/cadregraph/browser-style.grass;"
                + " play http://127.0.0.1:7474/cadregraph/guide.html");
    assertThatThrownBy(
            () -> BrowserFiles.postConnectCommand(URI.create("http://127.0.0.1:7474/cadregraph")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writesTheStyleAndTheGuideIntoAFolder(@TempDir Path dir) throws Exception {
    List<Path> files = BrowserFiles.writeTo(dir.resolve("out"));
    assertThat(files)
        .containsExactly(
            dir.resolve("out").resolve(BrowserFiles.STYLE),
            dir.resolve("out").resolve(BrowserFiles.GUIDE));
    assertThat(Files.readString(files.get(0))).contains("node.Person");
    assertThat(Files.readString(files.get(1))).contains("person-graph");
  }
}
