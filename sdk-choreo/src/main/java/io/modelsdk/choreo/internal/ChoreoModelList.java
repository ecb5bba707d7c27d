package io.modelsdk.choreo.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.modelsdk.choreo.ChoreoModel;
import java.util.List;
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

  /** The models of every configured provider. */
  @JsonProperty("data")
  public abstract List<ChoreoModel> data();
}
