package org.cadregraph.cli;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;

/**
 * Turns a driver {@link Value} into plain Java (null, Boolean, Long, Double, String, List, Map)
 * that every output format can print: a node becomes its properties plus {@code _labels}, a
 * relationship its properties plus {@code _type}, a path the list of its nodes and relationships,
 * temporal values their ISO text. Property keys are sorted so output is stable. Stateless.
 */
final class PlainValues {
  static final String LABELS = "_labels";
  static final String TYPE = "_type";

  private PlainValues() {}

  static Object of(Value value) {
    return plain(value.asObject());
  }

  private static Object plain(Object value) {
    if (value == null
        || value instanceof Boolean
        || value instanceof Long
        || value instanceof Double
        || value instanceof String) {
      return value;
    }
    if (value instanceof Node node) {
      Map<String, Object> map = properties(node);
      List<String> labels = new ArrayList<>();
      node.labels().forEach(labels::add);
      map.put(LABELS, labels);
      return map;
    }
    if (value instanceof Relationship relationship) {
      Map<String, Object> map = properties(relationship);
      map.put(TYPE, relationship.type());
      return map;
    }
    if (value instanceof Path path) {
      List<Object> steps = new ArrayList<>();
      steps.add(plain(path.start()));
      for (Path.Segment segment : path) {
        steps.add(plain(segment.relationship()));
        steps.add(plain(segment.end()));
      }
      return steps;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(element -> out.add(plain(element)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((key, element) -> out.put(String.valueOf(key), plain(element)));
      return out;
    }
    if (value instanceof Point point) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("srid", (long) point.srid());
      out.put("x", point.x());
      out.put("y", point.y());
      if (!Double.isNaN(point.z())) {
        out.put("z", point.z());
      }
      return out;
    }
    if (value instanceof byte[] bytes) {
      return Base64.getEncoder().encodeToString(bytes);
    }
    if (value instanceof Number number) {
      return number instanceof Float ? (Object) number.doubleValue() : (Object) number.longValue();
    }
    if (value instanceof IsoDuration || value instanceof java.time.temporal.TemporalAccessor) {
      return value.toString();
    }
    return value.toString();
  }

  private static Map<String, Object> properties(Entity entity) {
    Map<String, Object> map = new LinkedHashMap<>();
    new TreeMap<>(entity.asMap(PlainValues::of)).forEach(map::put);
    return map;
  }
}
