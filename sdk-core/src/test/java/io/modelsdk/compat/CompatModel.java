package io.modelsdk.compat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.modelsdk.core.Model;
import io.modelsdk.core.spi.AllowNulls;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A model of an OpenAI-compatible server: {@code id}, {@code created}, {@code owned_by}, and unknown fields. */
@Value.Immutable
@JsonSerialize(as = ImmutableCompatModel.class)
@JsonDeserialize(builder = CompatModel.Builder.class)
public abstract class CompatModel implements Model {
  @JsonProperty("id")
  @Override
  public abstract String id();

  @JsonProperty("created")
  public abstract OptionalLong created();

  @JsonProperty("owned_by")
  @Override
  public abstract Optional<String> ownedBy();

  /** Fields this version does not know, by JSON name. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  @Override
  public String vendor() {
    return "compat";
  }

  @Override
  public Optional<Instant> createdAt() {
    return created().isPresent() ? Optional.of(Instant.ofEpochSecond(created().getAsLong())) : Optional.empty();
  }

  /** Builds a {@link CompatModel}; Jackson reads JSON straight into it. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder extends ImmutableCompatModel.Builder {}
}
