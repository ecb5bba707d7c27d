package io.modelsdk.choreo.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.modelsdk.choreo.ChoreoModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The wire envelope of {@code GET /v1/models}: {@code {"object": "list", "data": [...]}}. */
@Value.Immutable
@JsonSerialize(as = ImmutableChoreoModelList.class)
@JsonDeserialize(as = ImmutableChoreoModelList.class)
abstract class ChoreoModelList {
  /** The object type, {@code list}. */
  @JsonProperty("object")
  @Value.Default
  public String object() {
    return "list";
  }

  /**
   * The models of every configured provider. Optional only so that a body without a {@code data} array
   * (or with {@code null}) reaches core as a missing array, which it reports as a parse failure, instead of
   * reading as an empty list: that would pass for a gateway with no provider configured, and make
   * retrieve, which lists, answer a false 404.
   */
  @JsonProperty("data")
  public abstract Optional<List<ChoreoModel>> data();
}
