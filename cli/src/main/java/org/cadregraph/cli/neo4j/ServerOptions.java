package org.cadregraph.cli.neo4j;

import static java.util.Objects.requireNonNull;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;

/**
 * How {@code serve} exposes a database: the address it listens on, its Bolt and HTTP ports (0 = a
 * free one), and the password of the {@code neo4j} user when authentication is on. On the loopback
 * interface authentication is off (only this machine can connect); listening anywhere else requires
 * a password. Immutable and thread-safe; {@link #toString()} never shows the password.
 *
 * @param listen the address to listen on
 * @param boltPort the Bolt port, 0 for any free one
 * @param httpPort the HTTP (Neo4j Browser) port, 0 for any free one
 * @param password the password of the {@code neo4j} user, or null for no authentication
 */
public record ServerOptions(InetAddress listen, int boltPort, int httpPort, String password) {
  /** The user that authenticated servers know. */
  public static final String USER = "neo4j";

  /** Neo4j refuses shorter passwords (dbms.security.auth_minimum_password_length). */
  static final int MIN_PASSWORD_LENGTH = 8;

  public ServerOptions {
    requireNonNull(listen, "listen");
    checkPort(boltPort, "--bolt-port");
    checkPort(httpPort, "--http-port");
    if (boltPort != 0 && boltPort == httpPort) {
      throw new CliException(
          ExitStatus.USAGE, "--bolt-port and --http-port must differ, both are " + boltPort);
    }
    if (password != null && password.length() < MIN_PASSWORD_LENGTH) {
      throw new CliException(
          ExitStatus.USAGE,
          "the password must have at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (!listen.isLoopbackAddress() && password == null) {
      throw new CliException(
          ExitStatus.USAGE,
          "listening on "
              + listen.getHostAddress()
              + " lets other machines connect, so it needs a password: set NEO4J_PASSWORD or give"
              + " --password-file");
    }
  }

  /** Loopback only, no authentication. */
  public static ServerOptions loopback(int boltPort, int httpPort) {
    return new ServerOptions(InetAddress.getLoopbackAddress(), boltPort, httpPort, null);
  }

  public boolean authenticated() {
    return password != null;
  }

  /** The address as Neo4j's settings write it (IPv6 in brackets). */
  String listenHost() {
    return host(listen);
  }

  /**
   * The host other machines are told to connect to: the listen address, or this machine's name for
   * a wildcard.
   */
  String advertisedHost() {
    if (!listen.isAnyLocalAddress()) {
      return host(listen);
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return Neo4jSettings.LOOPBACK;
    }
  }

  /** The host commands on this machine connect to. */
  String localHost() {
    return listen.isAnyLocalAddress() ? Neo4jSettings.LOOPBACK : host(listen);
  }

  private static String host(InetAddress address) {
    return address instanceof Inet6Address
        ? "[" + address.getHostAddress() + "]"
        : address.getHostAddress();
  }

  private static void checkPort(int port, String option) {
    if (port < 0 || port > 65_535) {
      throw new CliException(
          ExitStatus.USAGE, option + " must be between 0 and 65535, got " + port);
    }
  }

  @Override
  public String toString() {
    return "ServerOptions[listen="
        + listen.getHostAddress()
        + ", boltPort="
        + boltPort
        + ", httpPort="
        + httpPort
        + ", authenticated="
        + authenticated()
        + "]";
  }
}
