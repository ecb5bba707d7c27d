package io.modelsdk.atoma.internal;

import io.modelsdk.core.spi.AllowNulls;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.modelsdk.atoma.AtomaModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The wire envelope of {@code GET /v1/models}: {@code {"object": "list", "data": [...]}}. */
@Value.Immutable
@JsonSerialize(as = ImmutableAtomaModelList.class)
@JsonDeserialize(as = ImmutableAtomaModelList.class)
abstract class AtomaModelList {
  /** The object type, {@code list}. */
  @JsonProperty("object")
  @Value.Default
  public String object() {
    return "list";
  }

  /**
   * The models. Optional only so that a body without a {@code data} array (or with {@code null}) reaches
   * core as a missing array, which it reports as a parse failure, instead of reading as an empty list
   * in which retrieve would find nothing and answer 404.
   */
  @JsonProperty("data")
  public abstract Optional<List<AtomaModel>> data();

  /** Envelope fields this version does not know, by JSON name. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();
}
