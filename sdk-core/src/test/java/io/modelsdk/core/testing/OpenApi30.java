package io.modelsdk.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Rewrites an OpenAPI 3.1 document in the 3.0 dialect that swagger-request-validator 2.x reads (its
 * 3.x, which reads 3.1, needs Java 21, and the tests run on 17). Only what the vendors' documents use
 * changes, with the same meaning: {@code type: [T, "null"]} becomes {@code type: T, nullable: true},
 * {@code const} becomes a one-value {@code enum}, a numeric {@code exclusiveMinimum}/{@code Maximum}
 * becomes the 3.0 pair, and schema {@code examples} go. A query or header parameter whose schema is
 * {@code anyOf} scalar types including {@code string} becomes {@code type: string}, which allows the
 * same text. A {@code {type: "null"}} branch of {@code anyOf}/{@code oneOf} stays: the validator's
 * JSON Schema reads it as 3.1 means it, while {@code nullable} beside a {@code oneOf} with no
 * {@code type} would allow nothing more. A 3.0 document is returned as it is.
 */
final class OpenApi30 {
  private static final YAMLMapper YAML = new YAMLMapper();

  private OpenApi30() {}

  /** The document {@code text} (YAML or JSON) in OpenAPI 3.0, as JSON. */
  static String of(String text) {
    try {
      JsonNode root = YAML.readTree(text);
      if (root.path("openapi").asText().startsWith("3.1")) {
        ((ObjectNode) root).put("openapi", "3.0.3");
        rewrite(root);
      }
      return root.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rewrite(JsonNode node) {
    if (node.isArray()) {
      node.forEach(OpenApi30::rewrite);
      return;
    }
    if (!node.isObject()) {
      return;
    }
    ObjectNode o = (ObjectNode) node;
    if (o.has("in") && o.path("schema").isObject()) {
      scalarText((ObjectNode) o.get("schema"));
    }
    typeList(o);
    JsonNode constant = o.remove("const");
    if (constant != null) {
      o.set("enum", JsonNodeFactory.instance.arrayNode().add(constant));
    }
    exclusive(o, "exclusiveMinimum", "minimum");
    exclusive(o, "exclusiveMaximum", "maximum");
    if (o.path("examples").isArray()) {
      o.remove("examples");
    }
    List<JsonNode> children = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
      children.add(it.next().getValue());
    }
    children.forEach(OpenApi30::rewrite);
  }

  /** {@code type: [T, "null"]} as {@code type: T, nullable: true}; several types as an {@code anyOf}. */
  private static void typeList(ObjectNode o) {
    JsonNode type = o.get("type");
    if (type == null || !type.isArray()) {
      return;
    }
    List<String> types = new ArrayList<>();
    boolean nullable = false;
    for (JsonNode t : type) {
      if ("null".equals(t.asText())) {
        nullable = true;
      } else {
        types.add(t.asText());
      }
    }
    o.remove("type");
    if (types.size() == 1) {
      o.put("type", types.get(0));
    } else if (!types.isEmpty()) {
      ArrayNode any = o.putArray("anyOf");
      types.forEach(t -> any.addObject().put("type", t));
    }
    if (nullable) {
      o.put("nullable", true);
    }
  }

  /**
   * A parameter schema {@code anyOf} scalar types one of which is {@code string} as {@code type: string}:
   * a query or header value is text, so it allows the same values; the validator would otherwise read
   * the value as JSON.
   */
  private static void scalarText(ObjectNode schema) {
    JsonNode any = schema.get("anyOf");
    if (any == null || !any.isArray()) {
      return;
    }
    boolean text = false;
    for (JsonNode b : any) {
      String t = b.path("type").asText();
      if (b.size() != 1 || !(t.equals("string") || t.equals("integer") || t.equals("number")
          || t.equals("boolean") || t.equals("null"))) {
        return;
      }
      text |= t.equals("string");
    }
    if (text) {
      schema.remove("anyOf");
      schema.put("type", "string");
    }
  }

  /** A 3.1 numeric {@code exclusiveMinimum: n} as the 3.0 {@code minimum: n, exclusiveMinimum: true}. */
  private static void exclusive(ObjectNode o, String exclusive, String bound) {
    JsonNode n = o.get(exclusive);
    if (n != null && n.isNumber()) {
      o.set(bound, n);
      o.put(exclusive, true);
    }
  }
}
