package org.cadregraph.graph;

/**
 * The graph loader's one unchecked exception: a load, schema or saved-query problem, with a message
 * that names the bad value (or the unreachable database) and what would be valid.
 */
public final class GraphException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GraphException(String message) {
    super(message);
  }

  public GraphException(String message, Throwable cause) {
    super(message, cause);
  }
}
