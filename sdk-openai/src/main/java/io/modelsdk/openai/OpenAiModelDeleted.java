package io.modelsdk.openai;

import io.modelsdk.core.spi.AllowNulls;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * OpenAI's answer to deleting a fine-tuned model: {@code {"id", "object", "deleted"}}.
 *
 * <pre>{@code
 * OpenAiModelDeleted gone = client.models().delete("ft:gpt-4o-mini:org::abc");
 * if (gone.deleted()) { ... }
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOpenAiModelDeleted.class)
@JsonDeserialize(builder = OpenAiModelDeleted.Builder.class)
public abstract class OpenAiModelDeleted {
  OpenAiModelDeleted() {}

  /** Returns a builder, for tests and fixtures. */
  public static Builder builder() {
    return new Builder();
  }

  /** The id of the deleted model. */
  @JsonProperty("id")
  public abstract String id();

  /** The object type, {@code model}. */
  @JsonProperty("object")
  @Value.Default
  public String object() {
    return "model";
  }

  /** Whether the model was deleted. */
  @JsonProperty("deleted")
  public abstract boolean deleted();

  /** Fields this version of the SDK does not know, by JSON name. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  /** Builds a {@link OpenAiModelDeleted}; {@code id} and {@code deleted} are required. Jackson reads into it. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder extends ImmutableOpenAiModelDeleted.Builder {
    Builder() {}
  }
}
