package org.cadregraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The Popolo JSON Schemas of ../shared/popolo-schemas (CC BY 4.0; read from there, not copied into
 * the repository), made usable by a draft-04 validator. They are draft-03, which the validator does
 * not implement; the keywords they use mean the same in draft-04 except {@code "required": true} on
 * a property, which becomes the object's {@code "required"} list. Any other draft-03 keyword fails
 * {@link #convert} loudly instead of being ignored.
 */
final class PopoloSchemas {
  static final String BASE = "http://www.popoloproject.com/schemas/";
  static final Path DIR =
      Path.of(System.getProperty("cadregraph.shared", "../../shared")).resolve("popolo-schemas");
  private static final Set<String> KNOWN =
      Set.of(
          "$schema",
          "id",
          "title",
          "description",
          "type",
          "properties",
          "items",
          "$ref",
          "pattern",
          "format",
          "required",
          "enum",
          "additionalProperties",
          "minimum",
          "maximum");
  private static final ObjectMapper JSON = new ObjectMapper();

  private PopoloSchemas() {}

  static boolean available() {
    return Files.isRegularFile(DIR.resolve("person.json"));
  }

  /** The schema of one Popolo type ({@code person}, {@code organization}, ...). */
  static JsonSchema schema(String type) {
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V4,
            builder ->
                builder.schemaLoaders(
                    loaders ->
                        loaders.schemas(
                            iri ->
                                iri.startsWith(BASE)
                                    ? converted(iri.substring(BASE.length()).replace("#", ""))
                                    : null)));
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    return factory.getSchema(SchemaLocation.of(BASE + type + ".json#"), config);
  }

  private static String converted(String file) {
    try {
      return JSON.writeValueAsString(convert(JSON.readTree(DIR.resolve(file).toFile())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Popolo schema " + file, e);
    }
  }

  /** Draft-03 to draft-04, for the keywords these schemas use. */
  static JsonNode convert(JsonNode schema) {
    ObjectNode copy = schema.deepCopy();
    copy.put("$schema", "http://json-schema.org/draft-04/schema#");
    convertObject(copy);
    return copy;
  }

  private static void convertObject(ObjectNode node) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!KNOWN.contains(name)) {
        throw new IllegalStateException(
            "draft-03 keyword '" + name + "' is not converted; extend PopoloSchemas");
      }
    }
    JsonNode properties = node.get("properties");
    if (properties instanceof ObjectNode props) {
      ArrayNode required = JSON.createArrayNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> property = it.next();
        ObjectNode value = (ObjectNode) property.getValue();
        if (value.path("required").asBoolean(false)) {
          required.add(property.getKey());
        }
        value.remove("required");
        convertObject(value);
      }
      if (!required.isEmpty()) {
        node.set("required", required);
      }
    }
    if (node.get("items") instanceof ObjectNode items) {
      convertObject(items);
    }
  }
}
