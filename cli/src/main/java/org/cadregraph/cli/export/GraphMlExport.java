package org.cadregraph.cli.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;

/**
 * The graph as GraphML (graphml.graphdrawing.org), for Gephi, yEd and other graph tools: every node
 * with its labels and properties, every relationship with its type and properties. All keys are
 * declared up front with the type their values have (a property whose values are of several types,
 * or lists, is a string; lists are written as JSON arrays); {@code label} is the caption (name,
 * else title, else id) that Gephi and yEd show. Ids are Neo4j element ids, valid within one export.
 * Streams node by node and edge by edge. Stateless.
 */
final class GraphMlExport implements GraphExport {
  static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

  /** Keys this export adds to the graph's own properties (which are prefixed, so never clash). */
  static final String LABELS_KEY = "labels";

  static final String CAPTION_KEY = "label";
  static final String TYPE_KEY = "type";
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Pattern NOT_XML =
      Pattern.compile(
          "[^\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

  @Override
  public void write(QueryRunner graph, Writer out) throws IOException {
    Map<String, String> nodeKeys = new LinkedHashMap<>();
    Map<String, String> edgeKeys = new LinkedHashMap<>();
    Result types = graph.run(ExportQueries.named("graphml-property-types"));
    while (types.hasNext()) {
      Record r = types.next();
      Map<String, String> keys = "node".equals(r.get("owner").asString()) ? nodeKeys : edgeKeys;
      String type = graphMlType(r.get("type").asString());
      keys.merge(r.get("key").asString(), type, (a, b) -> a.equals(b) ? a : "string");
    }
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("graphml");
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeCharacters("\n");
      key(xml, LABELS_KEY, "node", LABELS_KEY, "string");
      key(xml, CAPTION_KEY, "node", CAPTION_KEY, "string");
      key(xml, TYPE_KEY, "edge", TYPE_KEY, "string");
      for (Map.Entry<String, String> e : nodeKeys.entrySet()) {
        key(xml, nodeKeyId(e.getKey()), "node", e.getKey(), e.getValue());
      }
      for (Map.Entry<String, String> e : edgeKeys.entrySet()) {
        key(xml, edgeKeyId(e.getKey()), "edge", e.getKey(), e.getValue());
      }
      xml.writeStartElement("graph");
      xml.writeAttribute("id", "cadregraph");
      xml.writeAttribute("edgedefault", "directed");
      xml.writeCharacters("\n");
      Result nodes = graph.run(ExportQueries.named("graphml-nodes"));
      while (nodes.hasNext()) {
        Record r = nodes.next();
        Map<String, Object> props = r.get("props").asMap();
        xml.writeStartElement("node");
        xml.writeAttribute("id", r.get("id").asString());
        data(xml, LABELS_KEY, ":" + String.join(":", r.get("labels").asList(Value::asString)));
        data(xml, CAPTION_KEY, caption(props));
        for (Map.Entry<String, Object> p : props.entrySet()) {
          data(xml, nodeKeyId(p.getKey()), text(p.getValue()));
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
      }
      Result edges = graph.run(ExportQueries.named("graphml-edges"));
      while (edges.hasNext()) {
        Record r = edges.next();
        xml.writeStartElement("edge");
        xml.writeAttribute("id", r.get("id").asString());
        xml.writeAttribute("source", r.get("source").asString());
        xml.writeAttribute("target", r.get("target").asString());
        data(xml, TYPE_KEY, r.get("type").asString());
        for (Map.Entry<String, Object> p : r.get("props").asMap().entrySet()) {
          data(xml, edgeKeyId(p.getKey()), text(p.getValue()));
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write GraphML: " + e.getMessage(), e);
    }
  }

  static String nodeKeyId(String property) {
    return "n_" + property;
  }

  static String edgeKeyId(String property) {
    return "e_" + property;
  }

  /** GraphML's attribute type for a Cypher value type ({@code INTEGER NOT NULL} and the like). */
  static String graphMlType(String cypherType) {
    String type = cypherType.replace(" NOT NULL", "").strip();
    return switch (type) {
      case "INTEGER" -> "long";
      case "FLOAT" -> "double";
      case "BOOLEAN" -> "boolean";
      default -> "string";
    };
  }

  private static void key(XMLStreamWriter xml, String id, String owner, String name, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("key");
    xml.writeAttribute("id", id);
    xml.writeAttribute("for", owner);
    xml.writeAttribute("attr.name", name);
    xml.writeAttribute("attr.type", type);
    xml.writeCharacters("\n");
  }

  private static void data(XMLStreamWriter xml, String key, String value)
      throws XMLStreamException {
    if (value == null) {
      return;
    }
    xml.writeStartElement("data");
    xml.writeAttribute("key", key);
    // XML 1.0 cannot carry most control characters, which a badly decoded article may hold.
    xml.writeCharacters(NOT_XML.matcher(value).replaceAll("\uFFFD"));
    xml.writeEndElement();
  }

  private static String caption(Map<String, Object> props) {
    for (String property : List.of("name", "title", "id", "key")) {
      if (props.get(property) != null) {
        return props.get(property).toString();
      }
    }
    return null;
  }

  private static String text(Object value) {
    if (value instanceof List<?>) {
      try {
        return JSON.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        throw new ExportException("cannot write the list " + value + " as JSON", e);
      }
    }
    return value == null ? null : value.toString();
  }
}
