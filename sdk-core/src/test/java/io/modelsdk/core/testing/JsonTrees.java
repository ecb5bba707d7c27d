package io.modelsdk.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** JSON trees as the SDK writes them back, for vendors' round-trip tests. */
public final class JsonTrees {
  private JsonTrees() {}

  /** {@code node} without its null object fields, at every depth: a null read is written back as absent. */
  public static JsonNode withoutNulls(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node.isObject()) {
      List<String> nulls = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getValue().isNull()) {
          nulls.add(e.getKey());
        } else {
          strip(e.getValue());
        }
      }
      ((ObjectNode) node).remove(nulls);
    } else if (node.isArray()) {
      node.forEach(JsonTrees::strip);
    }
  }
}
