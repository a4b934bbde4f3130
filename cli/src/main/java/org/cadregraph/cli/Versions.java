package org.cadregraph.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code cadregraph --version}: this build's version and the Neo4j it embeds. */
final class Versions implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Versions.class.getPackage().getImplementationVersion();
    String neo4j = org.neo4j.kernel.internal.Version.getNeo4jVersion();
    return new String[] {
      "cadregraph " + (version == null ? "(development build)" : version),
      "embedded Neo4j " + neo4j + " (GPL-3.0); cadregraph is GPL-3.0-or-later"
    };
  }
}
