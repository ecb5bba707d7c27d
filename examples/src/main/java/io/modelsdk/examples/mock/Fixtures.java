package io.modelsdk.examples.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the mock's payloads from {@code mock/<vendor>/} on the classpath, and takes them apart. */
final class Fixtures {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String folder;

  Fixtures(String folder) {
    this.folder = folder;
  }

  /** The text of {@code mock/<folder>/<name>}. */
  String text(String name) {
    String path = "/mock/" + folder + "/" + name;
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing mock payload " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The payload parsed as a JSON object. */
  ObjectNode object(String name) {
    try {
      return (ObjectNode) JSON.readTree(text(name));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("mock payload " + folder + "/" + name + " is not JSON", e);
    }
  }

  /** The items of the array {@code field} of a payload, each as an object. */
  List<ObjectNode> items(String name, String field) {
    List<ObjectNode> items = new ArrayList<>();
    JsonNode array = object(name).path(field);
    if (!array.isArray()) {
      throw new IllegalStateException("mock payload " + folder + "/" + name + " has no array '" + field + "'");
    }
    array.forEach(n -> items.add((ObjectNode) n));
    return items;
  }

  /** A new array holding {@code items}. */
  static ArrayNode array(List<ObjectNode> items) {
    ArrayNode array = JSON.createArrayNode();
    items.forEach(array::add);
    return array;
  }

  /** A new empty object. */
  static ObjectNode newObject() {
    return JSON.createObjectNode();
  }

  /** The {@code id} of an item. */
  static String id(JsonNode item) {
    return item.path("id").asText();
  }

  /** The compact JSON text of a node. */
  static String json(JsonNode node) {
    return node.toString();
  }
}
