package io.modelsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.modelsdk.core.spi.AllowNulls;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SDK's mapper reads builder-based values exactly as Jackson's reflection would: the same value or
 * the same failure for every payload, including nulls, coercions and bad values of {@code Optional}
 * and {@code OptionalLong} fields, whose present values skip the wrapper.
 */
class HandleSettersTest {
  /** Jackson as the SDK configures it, without {@link HandleSetters}. */
  private static final ObjectMapper REFLECTION = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
      .build();

  /** A value shaped like the vendors' models. */
  @Value.Immutable
  @JsonDeserialize(builder = Sample.Builder.class)
  abstract static class Sample {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("name")
    abstract Optional<String> name();

    @JsonProperty("created")
    abstract OptionalLong created();

    @JsonProperty("day")
    abstract Optional<LocalDate> day();

    @JsonProperty("tag")
    abstract Optional<Tag> tag();

    @JsonAnyGetter
    @AllowNulls
    abstract Map<String, Object> additionalProperties();

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    static final class Builder extends ImmutableSample.Builder {}
  }

  /** A nested value behind an {@code Optional}. */
  @Value.Immutable
  @JsonDeserialize(builder = Tag.Builder.class)
  abstract static class Tag {
    @JsonProperty("label")
    abstract String label();

    @JsonPOJOBuilder(withPrefix = "")
    static final class Builder extends ImmutableTag.Builder {}
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"id\":\"a\",\"name\":\"n\",\"created\":1686935002,\"day\":\"2026-10-23\",\"tag\":{\"label\":\"x\"}}",
      "{\"id\":\"a\",\"name\":null,\"created\":null,\"day\":null,\"tag\":null}",
      "{\"id\":\"a\"}",
      "{\"id\":\"a\",\"name\":\"\",\"day\":\"\"}",
      "{\"id\":\"a\",\"name\":5,\"created\":\"123\"}",
      "{\"id\":\"a\",\"created\":1.5}",
      "{\"id\":\"a\",\"created\":true}",
      "{\"id\":\"a\",\"created\":99999999999999999999}",
      "{\"id\":\"a\",\"created\":-9223372036854775808}",
      "{\"id\":\"a\",\"name\":{\"nested\":1}}",
      "{\"id\":\"a\",\"name\":[\"x\"]}",
      "{\"id\":\"a\",\"day\":\"not-a-date\"}",
      "{\"id\":\"a\",\"day\":[2026,10,23]}",
      "{\"id\":\"a\",\"tag\":{}}",
      "{\"id\":\"a\",\"tag\":{\"label\":null}}",
      "{\"id\":\"a\",\"tag\":\"x\"}",
      "{\"id\":\"a\",\"extra\":{\"k\":[1,null]},\"other\":null}",
      "{\"name\":\"n\"}",
      "{\"id\":null}",
      "{\"id\":7}",
  })
  void readsAsReflectionWould(String json) {
    assertThat(outcome(Json.mapper(), json)).isEqualTo(outcome(REFLECTION, json));
  }

  @Test
  void theSdksBuilderSettersAreHandles() throws Exception {
    DefaultDeserializationContext context = ((DefaultDeserializationContext) Json.mapper().getDeserializationContext())
        .createInstance(Json.mapper().getDeserializationConfig(), null, null);
    BeanDeserializerBase deserializer = (BeanDeserializerBase) context.findRootValueDeserializer(
        Json.mapper().constructType(Sample.class));
    List<String> reflective = new ArrayList<>();
    int properties = 0;
    for (Iterator<SettableBeanProperty> it = deserializer.properties(); it.hasNext(); properties++) {
      SettableBeanProperty property = it.next();
      if (!(property instanceof HandleSetters.Property)) {
        reflective.add(property.getName());
      }
    }
    assertThat(properties).isGreaterThanOrEqualTo(5);
    assertThat(reflective).isEmpty();
  }

  private static String outcome(ObjectMapper mapper, String json) {
    try {
      return "value " + mapper.readValue(json, Sample.class);
    } catch (Exception e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
