package org.cadregraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cadregraph.extract.model.ExtractionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {
  private final GoldReader reader = new GoldReader();

  @TempDir Path dir;

  private Path folder(String name, String index, String... articles) throws Exception {
    Path f = Files.createDirectories(dir.resolve(name));
    if (index != null) {
      Files.writeString(f.resolve("INDEX.tsv"), index);
    }
    for (String a : articles) {
      Files.writeString(f.resolve(a), "Kim Jong Un spoke.");
      Files.writeString(
          f.resolve(a.replace(".txt", ".gold.json")),
          "{\"article\":\""
              + a
              + "\",\"holds\":[{\"person\":[\"Kim Jong Un\",\"Kim"
              + " Jong-un\"],\"role\":\"chairman\"}]}");
    }
    return f;
  }

  @Test
  void genreIsTheIndexKindUpToItsColon() throws Exception {
    Path f =
        folder(
            "eras",
            "file\tpublished\tkind\nb.txt\t1998\tobituary:wreath\na.txt\t2000\tdiplomatic\n",
            "a.txt",
            "b.txt",
            "c.txt");

    List<GoldArticle> gold = reader.read(f);

    assertThat(gold).extracting(GoldArticle::article).containsExactly("a.txt", "b.txt", "c.txt");
    assertThat(gold).extracting(GoldArticle::genre).containsExactly("diplomatic", "obituary", null);
  }

  @Test
  void noGenreWithoutAnIndexOrItsKindColumn() throws Exception {
    assertThat(reader.read(folder("plain", null, "a.txt")).get(0).genre()).isNull();
    assertThat(reader.read(folder("nokind", "file\tdate\na.txt\t2000\n", "a.txt")).get(0).genre())
        .isNull();
  }

  @Test
  void readsAlternativesAndTheCleanedText() throws Exception {
    GoldArticle g = reader.read(folder("one", null, "a.txt")).get(0);

    assertThat(g.text()).isEqualTo("kim jong un spoke");
    assertThat(g.holds().get(0).persons()).containsExactly("Kim Jong Un", "Kim Jong-un");
    assertThat(g.holds().get(0).organizations()).containsExactly((String) null);
  }

  @Test
  void severalFoldersAreReadInTurn() throws Exception {
    List<GoldArticle> gold =
        reader.read(List.of(folder("x", null, "b.txt"), folder("y", null, "a.txt")));

    assertThat(gold).extracting(GoldArticle::article).containsExactly("b.txt", "a.txt");
  }

  @Test
  void theSameArticleInTwoFoldersIsRefusedNamingBoth() throws Exception {
    Path x = folder("x", null, "a.txt");
    Path y = folder("y", null, "a.txt");

    assertThatThrownBy(() -> reader.read(List.of(x, y)))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("a.txt")
        .hasMessageContaining(x.toString())
        .hasMessageContaining(y.toString());
  }

  @Test
  void goldFileWithoutArticleIsNamed() throws Exception {
    Path f = Files.createDirectories(dir.resolve("bad"));
    Files.writeString(f.resolve("z.gold.json"), "{\"holds\":[]}");

    assertThatThrownBy(() -> reader.read(f))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("z.gold.json");
  }
}
