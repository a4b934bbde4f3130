package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cadregraph.cli.browser.BrowserFiles;
import org.cadregraph.cli.exit.ExitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserFilesCommandTest {
  @TempDir Path dir;

  @Test
  void writesTheStyleAndTheGuideAndTheSettingsThatFetchThem() throws Exception {
    Path out = dir.resolve("browser");
    CliRun run =
        CliRun.run(
            "browser-files", "--out", out.toString(), "--base-url", "http://files.example/cg/");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(Files.readString(out.resolve(BrowserFiles.STYLE))).isEqualTo(BrowserFiles.style());
    assertThat(Files.readString(out.resolve(BrowserFiles.GUIDE))).isEqualTo(BrowserFiles.guide());
    assertThat(run.out())
        .contains(
            "browser.post_connect_cmd=style http://files.example/cg/browser-style.grass;"
                + " play http://files.example/cg/guide.html")
        .contains(
            "browser.remote_content_hostname_whitelist=guides.neo4j.com,localhost,files.example");
  }

  @Test
  void baseUrlThatIsNotAFolderIsAUsageError() {
    CliRun run =
        CliRun.run(
            "browser-files",
            "--out",
            dir.resolve("b").toString(),
            "--base-url",
            "http://files.example/cg");
    assertThat(run.exit()).isEqualTo(ExitStatus.USAGE.code());
    assertThat(run.err()).contains("--base-url must be a folder URL ending in '/'");
    assertThat(dir.resolve("b")).doesNotExist();
  }
}
