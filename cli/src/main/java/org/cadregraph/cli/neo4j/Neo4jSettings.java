package org.cadregraph.cli.neo4j;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings every embedded start uses, written once as Neo4j's own setting names so that both
 * ways of starting Neo4j share them.
 */
final class Neo4jSettings {
  static final String LOOPBACK = "127.0.0.1";

  private Neo4jSettings() {}

  static Map<String, String> common(DatabaseFolder folder) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("server.default_listen_address", LOOPBACK);
    settings.put("server.default_advertised_address", LOOPBACK);
    // Only this machine can connect (listen address above), so authentication stays off and
    // Neo4j Browser connects without a password.
    settings.put("dbms.security.auth_enabled", "false");
    settings.put("server.logs.user.config", folder.prepare().toString());
    settings.put("dbms.usage_report.enabled", "false");
    // The store of a few thousand articles is small; Neo4j's default page cache would claim
    // half of the machine's memory.
    settings.put("server.memory.pagecache.size", "512m");
    // Neo4j preallocates each transaction log file at the rotation size (256 MB by default, for
    // the system database and ours): an empty ./data took 517 MB. Keep the logs small and few;
    // the store itself is what a backup dumps.
    settings.put("db.tx_log.rotation.size", "32M");
    settings.put("db.tx_log.rotation.retention_policy", "128M size");
    // Without these, stopping waits ~10 s for Bolt's event loops to drain; with them < 1 s.
    settings.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
    settings.put("internal.dbms.bolt.netty_server_shutdown_timeout", "1s");
    settings.put("server.bolt.enabled", "true");
    settings.put("server.https.enabled", "false");
    return settings;
  }
}
