package io.modelsdk.scale;

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
 * Scale's answer to deleting a model: {@code {"count", "success"}}.
 *
 * <pre>{@code
 * ScaleModelDeleted gone = scale.models().delete("model-id");
 * if (gone.success()) { ... }
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScaleModelDeleted.class)
@JsonDeserialize(builder = ScaleModelDeleted.Builder.class)
public abstract class ScaleModelDeleted {
  ScaleModelDeleted() {}

  /** Returns a builder, for tests and fixtures. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many entities were deleted. */
  @JsonProperty("count")
  public abstract int count();

  /** Whether the delete succeeded. */
  @JsonProperty("success")
  public abstract boolean success();

  /** Fields this version of the SDK does not know, by JSON name. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  /** Builds a {@link ScaleModelDeleted}; {@code count} and {@code success} are required. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder extends ImmutableScaleModelDeleted.Builder {
    Builder() {}
  }
}
