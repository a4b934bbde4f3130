package org.cadregraph.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Apache ECharts ({@code echarts.min.js}, Apache-2.0) as the WebJar {@code org.webjars.npm:echarts}
 * on the class path packs it, read once per report to be inlined into the page with its licence
 * header, so that the page draws its charts with nothing fetched from the network. Immutable.
 *
 * @param version the WebJar's version, which is ECharts' version
 * @param text the script, verbatim
 */
record EChartsScript(String version, String text) {
  private static final String WEBJAR = "META-INF/resources/webjars/echarts/";
  private static final String POM = "META-INF/maven/org.webjars.npm/echarts/pom.properties";

  EChartsScript {
    if (text.contains("</script")) {
      // It could not be inlined in a <script> element as it stands.
      throw new IllegalStateException("echarts.min.js " + version + " contains </script");
    }
  }

  /** Reads the script from the WebJar on the class path. */
  static EChartsScript fromClasspath() {
    ClassLoader loader = EChartsScript.class.getClassLoader();
    Properties pom = new Properties();
    try (InputStream in = loader.getResourceAsStream(POM)) {
      if (in == null) {
        throw new IllegalStateException(
            "the ECharts WebJar is not on the class path (" + POM + ")");
      }
      pom.load(in);
      String version = pom.getProperty("version");
      String path = WEBJAR + version + "/dist/echarts.min.js";
      try (InputStream script = loader.getResourceAsStream(path)) {
        if (script == null) {
          throw new IllegalStateException("the ECharts WebJar has no " + path);
        }
        return new EChartsScript(
            version, new String(script.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ECharts from its WebJar", e);
    }
  }
}
