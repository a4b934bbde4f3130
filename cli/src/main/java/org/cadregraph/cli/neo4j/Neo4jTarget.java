package org.cadregraph.cli.neo4j;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/**
 * Which Neo4j a command works on: a server or cluster named by its URI, or the embedded database in
 * a folder (served by a running {@code serve} if there is one, else opened in-process). Immutable
 * and thread-safe.
 */
public sealed interface Neo4jTarget {

  /**
   * A Neo4j server or cluster.
   *
   * @param uri {@code bolt://}, {@code neo4j://}, {@code neo4j+s://} and the like
   * @param user the user name
   * @param password the password, or null to connect without authentication
   * @param database the database name, or null for the server's default
   */
  record Server(URI uri, String user, String password, String database) implements Neo4jTarget {
    public Server {
      requireNonNull(uri, "uri");
      requireNonNull(user, "user");
    }

    /** Without the password, which must never reach output or logs. */
    @Override
    public String toString() {
      return "Server[uri=" + uri + ", user=" + user + ", database=" + database + "]";
    }
  }

  /**
   * The embedded database in a folder.
   *
   * @param folder the folder
   * @param password the password for a server that serves the folder with authentication on, or
   *     null
   */
  record Folder(DatabaseFolder folder, String password) implements Neo4jTarget {
    public Folder {
      requireNonNull(folder, "folder");
    }

    /** Without the password, which must never reach output or logs. */
    @Override
    public String toString() {
      return "Folder[folder=" + folder + "]";
    }
  }
}
