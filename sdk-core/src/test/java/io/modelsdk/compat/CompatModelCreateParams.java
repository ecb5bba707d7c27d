package io.modelsdk.compat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** What to create: a model {@code id} served from the base model {@code from}. */
@Value.Immutable
@JsonSerialize(as = ImmutableCompatModelCreateParams.class)
public abstract class CompatModelCreateParams {
  @JsonProperty("id")
  public abstract String id();

  @JsonProperty("from")
  public abstract String base();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link CompatModelCreateParams}; both fields are required. */
  public static final class Builder extends ImmutableCompatModelCreateParams.Builder {}
}
