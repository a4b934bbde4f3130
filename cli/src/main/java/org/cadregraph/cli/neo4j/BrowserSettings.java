package org.cadregraph.cli.neo4j;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.cadregraph.cli.browser.BrowserFiles;
import org.cadregraph.cli.browser.BrowserFilesResource;

/**
 * The Neo4j settings with which Browser, once connected to {@code serve}, applies the project's
 * style and opens the guide to the saved queries by itself: the server serves {@link BrowserFiles}
 * on its own HTTP port as an unmanaged extension, and Browser's post-connect command fetches them
 * from there. Browser fetches remote content only from the hosts its allowlist names, so the
 * address the server is reached on joins Neo4j's default ones. Stateless.
 */
final class BrowserSettings {
  /** Neo4j's default for {@code browser.remote_content_hostname_whitelist}. */
  static final String DEFAULT_ALLOWED_HOSTS = "guides.neo4j.com,localhost";

  /** Neo4j's default for {@code dbms.security.http_auth_allowlist}. */
  static final String DEFAULT_AUTH_ALLOWLIST = "/,/browser.*";

  private BrowserSettings() {}

  /** Where Browser finds the files on a server reached at {@code host} with this HTTP port. */
  static URI filesUri(String host, int httpPort) {
    return URI.create("http://" + host + ":" + httpPort + BrowserFiles.MOUNT_POINT + "/");
  }

  static Map<String, String> of(ServerOptions options, int httpPort) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(
        "server.unmanaged_extension_classes",
        BrowserFilesResource.class.getPackageName() + "=" + BrowserFiles.MOUNT_POINT);
    // The advertised host, as for Bolt: the one a Browser on another machine can reach.
    settings.put(
        "browser.post_connect_cmd",
        BrowserFiles.postConnectCommand(filesUri(options.advertisedHost(), httpPort)));
    Set<String> hosts = new LinkedHashSet<>();
    for (String host : DEFAULT_ALLOWED_HOSTS.split(",")) {
      hosts.add(host);
    }
    hosts.add(Neo4jSettings.LOOPBACK);
    hosts.add(options.localHost());
    hosts.add(options.advertisedHost());
    settings.put("browser.remote_content_hostname_whitelist", String.join(",", hosts));
    // With authentication on, Browser fetches the files without credentials: they are public
    // (the project's colours and queries, no data).
    settings.put(
        "dbms.security.http_auth_allowlist",
        DEFAULT_AUTH_ALLOWLIST + "," + BrowserFiles.MOUNT_POINT + "/.*");
    return settings;
  }
}
