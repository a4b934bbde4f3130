package org.cadregraph.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line's JSON of plain values (null, Boolean, Long, Double, String, List, Map), read
 * and written with Jackson's streaming parser and generator alone: the data binder would cost each
 * {@code query} a fifth of a second of start-up, most of what a query on a running server takes.
 * Whole numbers read as Long (BigInteger beyond), other numbers as Double, objects as ordered maps;
 * anything after the value is an error. Thread-safe.
 */
final class JsonText {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonText() {}

  /** Compact JSON of a plain value (no line breaks: newlines inside strings are escaped). */
  static String of(Object plain) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = FACTORY.createGenerator(text)) {
      write(out, plain);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to a string", e);
    }
    return text.toString();
  }

  /**
   * The plain value {@code text} holds.
   *
   * @throws JsonProcessingException when it is not one JSON value
   */
  static Object read(String text) throws JsonProcessingException {
    try (JsonParser in = FACTORY.createParser(text)) {
      JsonToken first = in.nextToken();
      if (first == null) {
        throw new JsonParseException(in, "no JSON value");
      }
      Object value = value(in, first);
      if (in.nextToken() != null) {
        throw new JsonParseException(in, "more after the JSON value");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("reading JSON from a string", e);
    }
  }

  private static Object value(JsonParser in, JsonToken token) throws IOException {
    return switch (token) {
      case START_OBJECT -> object(in);
      case START_ARRAY -> array(in);
      case VALUE_STRING -> in.getText();
      case VALUE_NUMBER_INT ->
          in.getNumberType() == JsonParser.NumberType.BIG_INTEGER
              ? in.getBigIntegerValue()
              : (Object) in.getLongValue();
      case VALUE_NUMBER_FLOAT -> in.getDoubleValue();
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      case VALUE_NULL -> null;
      default -> throw new JsonParseException(in, "unexpected " + token);
    };
  }

  private static Map<String, Object> object(JsonParser in) throws IOException {
    Map<String, Object> map = new LinkedHashMap<>();
    while (in.nextToken() != JsonToken.END_OBJECT) {
      String key = in.currentName();
      map.put(key, value(in, in.nextToken()));
    }
    return map;
  }

  private static List<Object> array(JsonParser in) throws IOException {
    List<Object> list = new ArrayList<>();
    for (JsonToken next = in.nextToken(); next != JsonToken.END_ARRAY; next = in.nextToken()) {
      list.add(value(in, next));
    }
    return list;
  }

  private static void write(JsonGenerator out, Object value) throws IOException {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof String text) {
      out.writeString(text);
    } else if (value instanceof Boolean bool) {
      out.writeBoolean(bool);
    } else if (value instanceof Double || value instanceof Float) {
      out.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof BigInteger big) {
      out.writeNumber(big);
    } else if (value instanceof BigDecimal big) {
      out.writeNumber(big);
    } else if (value instanceof Number number) {
      out.writeNumber(number.longValue());
    } else if (value instanceof Map<?, ?> map) {
      out.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.writeFieldName(String.valueOf(entry.getKey()));
        write(out, entry.getValue());
      }
      out.writeEndObject();
    } else if (value instanceof Collection<?> list) {
      out.writeStartArray();
      for (Object element : list) {
        write(out, element);
      }
      out.writeEndArray();
    } else {
      throw new IllegalArgumentException(
          "not a plain value (null, Boolean, number, String, List, Map): " + value.getClass());
    }
  }
}
