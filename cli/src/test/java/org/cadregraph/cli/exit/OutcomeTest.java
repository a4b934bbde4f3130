package org.cadregraph.cli.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.cadregraph.extract.model.ExtractionException;
import org.cadregraph.graph.GraphException;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

class OutcomeTest {
  @Test
  void aCommandsOwnFailureKeepsItsStatusAndSentence() {
    Outcome outcome = Outcome.of(new CliException(ExitStatus.USAGE, "--every needs a duration"));

    assertThat(outcome).isEqualTo(new Outcome(ExitStatus.USAGE, "--every needs a duration", true));
  }

  @Test
  void theOtherModulesFailuresMeanInputsFailed() {
    assertThat(Outcome.of(new ExtractionException("a.txt: not text")).status())
        .isEqualTo(ExitStatus.INPUTS_FAILED);
    assertThat(Outcome.of(new GraphException("facts.jsonl:3: no article")).status())
        .isEqualTo(ExitStatus.INPUTS_FAILED);
  }

  @Test
  void aDriverErrorMeansNeo4jIsUnavailable() {
    Outcome outcome = Outcome.of(new ServiceUnavailableException("connection lost"));

    assertThat(outcome.status()).isEqualTo(ExitStatus.NEO4J_UNAVAILABLE);
    assertThat(outcome.message()).isEqualTo("Neo4j failed: connection lost");
  }

  @Test
  void anyOtherExceptionIsAnInternalErrorWithItsOwnStatus() {
    Outcome outcome = Outcome.of(new IllegalStateException("batch closed twice"));

    assertThat(outcome.status()).isEqualTo(ExitStatus.INTERNAL_ERROR);
    assertThat(outcome.status().code()).isEqualTo(4);
    assertThat(outcome.message())
        .isEqualTo(
            "internal error; please report: java.lang.IllegalStateException: batch closed twice");
    assertThat(outcome.expected()).isFalse();
    assertThat(Outcome.of(new UncheckedIOException(new IOException("disk full"))).status())
        .isEqualTo(ExitStatus.INTERNAL_ERROR);
  }
}
