package org.cadregraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;

/**
 * Parses {@code --param key=value}: the value is JSON where it parses as JSON (numbers, booleans,
 * null, lists, objects, "quoted strings"), else the text as it is. So {@code year=2021} is a
 * number, {@code name=Kim Jong Un} and {@code date=2021-04-09} are strings, and {@code
 * code='"0042"'} is the string {@code 0042}. Stateless.
 */
final class QueryParameters {
  private QueryParameters() {}

  static Map<String, Object> parse(List<String> assignments) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    for (String assignment : assignments) {
      int equals = assignment.indexOf('=');
      String key = equals < 0 ? "" : assignment.substring(0, equals).strip();
      if (key.isEmpty()) {
        throw new CliException(
            ExitStatus.USAGE, "--param takes KEY=VALUE, got '" + assignment + "'");
      }
      if (parameters.containsKey(key)) {
        throw new CliException(ExitStatus.USAGE, "--param " + key + " is given twice");
      }
      parameters.put(key, value(assignment.substring(equals + 1)));
    }
    return parameters;
  }

  static Object value(String text) {
    try {
      return JsonText.read(text);
    } catch (JsonProcessingException e) {
      return text;
    }
  }
}
