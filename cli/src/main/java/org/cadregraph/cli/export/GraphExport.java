package org.cadregraph.cli.export;

import java.io.IOException;
import java.io.Writer;
import org.neo4j.driver.QueryRunner;

/**
 * One way of writing the graph out for use elsewhere: fact lines, Popolo JSON, GraphML. An export
 * reads the graph through the driver (a read transaction, so the same code serves the embedded
 * database and a server) and streams what it reads to the writer, holding no more of the graph than
 * one record, one article or the list of ids needed to order the output. Implementations are
 * stateless and thread-safe; the query runner and writer are the caller's.
 */
public interface GraphExport {

  /**
   * Writes the graph that {@code graph} reads to {@code out}; does not close {@code out}.
   *
   * @throws ExportException when the graph holds something the format cannot express
   */
  void write(QueryRunner graph, Writer out) throws IOException;
}
