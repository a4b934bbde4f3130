package org.cadregraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.PartOf;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Expected-output tests: each {@code expected/NAME.txt} under the test resources is extracted and
 * its holds, part_of and participation lines compared with {@code expected/NAME.expected}. New
 * cases are found automatically.
 */
class ExpectedOutputTest {

  @TestFactory
  Stream<DynamicTest> eachInputGivesItsExpectedFacts() throws IOException, URISyntaxException {
    Path folder = Path.of(ExpectedOutputTest.class.getResource("/expected").toURI());
    List<Path> inputs;
    try (Stream<Path> list = Files.list(folder)) {
      inputs = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(inputs).isNotEmpty();
    return inputs.stream()
        .map(
            input ->
                DynamicTest.dynamicTest(
                    input.getFileName().toString(),
                    () -> {
                      String name = input.getFileName().toString();
                      Path expected =
                          input.resolveSibling(name.substring(0, name.length() - 4) + ".expected");
                      List<Fact> facts =
                          TestSupport.extractor()
                              .extract(name, Files.readString(input, StandardCharsets.UTF_8));
                      assertThat(String.join("\n", lines(facts)) + "\n")
                          .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
                    }));
  }

  static List<String> lines(List<Fact> facts) {
    List<String> out = new ArrayList<>();
    TestSupport.holds(facts).forEach(h -> out.add("holds: " + h));
    facts.stream()
        .filter(f -> f instanceof PartOf)
        .map(f -> (PartOf) f)
        .forEach(p -> out.add("part_of: " + p.child() + " < " + p.parent()));
    TestSupport.participations(facts).forEach(p -> out.add("participation: " + p));
    return out;
  }
}
