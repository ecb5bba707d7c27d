package io.modelsdk.scale;

import io.modelsdk.core.spi.AllowNulls;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The group a model belongs to, embedded when the {@link ScaleModelView#MODEL_GROUP} view is asked for.
 *
 * <pre>{@code
 * model.modelGroup().flatMap(ScaleModelGroup::name).ifPresent(System.out::println);
 * }</pre>
 *
 * <p>Every field is optional, {@code id} and {@code name} too, though Scale marks them required: the group
 * is part of a model's answer, and a null in it should not make the model, or the page holding it,
 * unreadable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScaleModelGroup.class)
@JsonDeserialize(builder = ScaleModelGroup.Builder.class)
public abstract class ScaleModelGroup implements EntityFields {
  ScaleModelGroup() {}

  /** Returns a builder, for tests and fixtures. */
  public static Builder builder() {
    return new Builder();
  }

  /** The group id. */
  @JsonProperty("id")
  public abstract Optional<String> id();

  /** The group's name. */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** A description. */
  @JsonProperty("description")
  public abstract Optional<String> description();

  /** Fields this version of the SDK does not know, by JSON name. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  /** Builds a {@link ScaleModelGroup}; every field is optional. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder extends ImmutableScaleModelGroup.Builder {
    Builder() {}
  }
}
