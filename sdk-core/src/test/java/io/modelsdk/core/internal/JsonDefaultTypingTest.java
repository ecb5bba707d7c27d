package io.modelsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * F7: the SDK's mapper has no default typing, so type hints in a payload ({@code @class}, a
 * {@code ["java.lang.ProcessBuilder", {...}]} wrapper) stay plain data and never choose a class.
 */
class JsonDefaultTypingTest {
  private static final String CLASS_HINT =
      "{\"@class\":\"java.lang.ProcessBuilder\",\"command\":[\"touch\",\"/tmp/pwned\"],\"id\":\"m\"}";
  private static final String ARRAY_HINT = "[\"java.lang.ProcessBuilder\",{\"command\":[\"touch\",\"/tmp/pwned\"]}]";

  private static Object parse(String body, JavaType type) {
    return Json.parse(body.getBytes(StandardCharsets.UTF_8), type, 200, "application/json");
  }

  @Test
  void defaultTypingIsOff() {
    JavaType object = Json.mapper().constructType(Object.class);
    assertThat(Json.mapper().getDeserializationConfig().getDefaultTyper(object)).isNull();
    assertThat(Json.mapper().getSerializationConfig().getDefaultTyper(object)).isNull();
  }

  @Test
  void classHintStaysAPlainMap() {
    Object parsed = parse(CLASS_HINT, Json.mapper().constructType(Object.class));

    assertThat(parsed).isInstanceOf(Map.class);
    Map<?, ?> map = (Map<?, ?>) parsed;
    assertThat(map.get("@class")).isEqualTo("java.lang.ProcessBuilder");
    assertThat(map.get("id")).isEqualTo("m");
    assertThat(map.get("command")).isInstanceOf(List.class);
  }

  @Test
  void classHintStaysPlainInAMapTypeAndATree() {
    Object map = parse(CLASS_HINT, Json.mapper().getTypeFactory().constructMapType(Map.class, String.class, Object.class));
    Object tree = parse(CLASS_HINT, Json.mapper().constructType(JsonNode.class));

    assertThat(map).isInstanceOf(Map.class);
    assertThat(((Map<?, ?>) map).values()).noneMatch(v -> v instanceof ProcessBuilder);
    assertThat(((JsonNode) tree).get("@class").asText()).isEqualTo("java.lang.ProcessBuilder");
  }

  @Test
  void arrayWrapperHintStaysAPlainList() {
    Object parsed = parse(ARRAY_HINT, Json.mapper().constructType(Object.class));

    assertThat(parsed).isInstanceOf(List.class);
    assertThat(((List<?>) parsed).get(0)).isEqualTo("java.lang.ProcessBuilder");
    assertThat(((List<?>) parsed).get(1)).isInstanceOf(Map.class);
  }
}
