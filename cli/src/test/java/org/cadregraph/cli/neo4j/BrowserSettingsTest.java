package org.cadregraph.cli.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.cadregraph.cli.browser.BrowserFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Neo4j started with the settings that make Browser apply the style and open the guide: it starts
 * (Neo4j refuses setting names it does not know), serves both files on its own HTTP port, also to a
 * Browser that has not logged in, and tells Browser the post-connect command and the hosts it may
 * fetch from.
 */
class BrowserSettingsTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  @Test
  void serverServesTheFilesAndGivesBrowserTheCommandThatFetchesThem() throws Exception {
    ServerOptions options = ServerOptions.loopback(0, 0);
    try (BootstrapperNeo4j server =
        BootstrapperNeo4j.start(new DatabaseFolder(dir.resolve("db")), options)) {
      URI files = filesUri(server);
      assertServed(files);
      Map<String, String> config = clientConfig(server, AuthTokens.none());
      assertThat(config.get("browser.post_connect_cmd"))
          .isEqualTo(
              "style " + files + BrowserFiles.STYLE + "; play " + files + BrowserFiles.GUIDE);
      assertThat(config.get("browser.remote_content_hostname_whitelist").split(","))
          .contains("guides.neo4j.com", "localhost", "127.0.0.1");
    }
  }

  @Test
  void filesNeedNoLoginWhenAuthenticationIsOn() throws Exception {
    String password = "browser-test-password";
    ServerOptions options = new ServerOptions(InetAddress.getLoopbackAddress(), 0, 0, password);
    try (BootstrapperNeo4j server =
        BootstrapperNeo4j.start(new DatabaseFolder(dir.resolve("db")), options)) {
      assertServed(filesUri(server));
      assertThat(
              clientConfig(server, AuthTokens.basic(ServerOptions.USER, password))
                  .get("browser.post_connect_cmd"))
          .startsWith("style http://");
    }
  }

  private static URI filesUri(BootstrapperNeo4j server) {
    return server.browserUri().orElseThrow().resolve(BrowserFiles.MOUNT_POINT + "/");
  }

  private static void assertServed(URI files) throws Exception {
    HttpResponse<String> style = get(files.resolve(BrowserFiles.STYLE));
    assertThat(style.statusCode()).isEqualTo(200);
    assertThat(style.body()).isEqualTo(BrowserFiles.style());
    HttpResponse<String> guide = get(files.resolve(BrowserFiles.GUIDE));
    assertThat(guide.statusCode()).isEqualTo(200);
    assertThat(guide.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(guide.body()).isEqualTo(BrowserFiles.guide());
  }

  private static HttpResponse<String> get(URI uri) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** What Browser reads on connect: the server's settings for clients. */
  private static Map<String, String> clientConfig(BootstrapperNeo4j server, AuthToken auth) {
    Map<String, String> config = new HashMap<>();
    try (Driver driver = GraphDatabase.driver(server.boltUri(), auth);
        Session session = driver.session()) {
      for (Record r : session.run("CALL dbms.clientConfig() YIELD name, value").list()) {
        config.put(r.get("name").asString(), r.get("value").asString());
      }
    }
    return config;
  }
}
