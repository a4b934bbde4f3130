package org.cadregraph.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCorpusGeneratorTest {

  @TempDir Path temp;

  @Test
  void aSmallCorpusIsTheStartOfALargerOneByteForByte() throws Exception {
    TemplateCorpusGenerator generator = new TemplateCorpusGenerator();
    CorpusGenerator.GeneratedCorpus small = generator.write(temp.resolve("small"), 5);
    CorpusGenerator.GeneratedCorpus large = generator.write(temp.resolve("large"), 80);

    List<Path> smallFiles = files(small.folder());
    List<Path> largeFiles = files(large.folder());
    assertThat(smallFiles).hasSize(5);
    assertThat(largeFiles).hasSize(80);
    for (int i = 0; i < smallFiles.size(); i++) {
      assertThat(small.folder().relativize(smallFiles.get(i)))
          .isEqualTo(large.folder().relativize(largeFiles.get(i)));
      assertThat(Files.readString(smallFiles.get(i)))
          .isEqualTo(Files.readString(largeFiles.get(i)));
    }
  }

  @Test
  void articlesVaryAndCarryADatelineNamesAndPosts() throws Exception {
    CorpusGenerator.GeneratedCorpus corpus = new TemplateCorpusGenerator().write(temp, 40);

    List<String> texts =
        files(corpus.folder()).stream().map(TemplateCorpusGeneratorTest::read).toList();
    assertThat(texts).doesNotHaveDuplicates();
    assertThat(texts).allSatisfy(text -> assertThat(text).contains("(KCNA) --"));
    assertThat(String.join("\n", texts)).contains("secretary", "Committee", "Factory");
    assertThat(corpus.words()).isGreaterThan(40L * 150);
    // Files are dated by name, one folder per month, as in the real archive.
    assertThat(files(corpus.folder()).get(0).toString()).endsWith("2011-01/2011-01-01-00001.txt");
  }

  private static List<Path> files(Path folder) throws Exception {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
