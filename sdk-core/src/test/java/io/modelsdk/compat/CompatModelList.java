package io.modelsdk.compat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The wire envelope of a list: {@code {"object": "list", "data": [...]}}; a missing array is a parse failure. */
@Value.Immutable
@JsonDeserialize(as = ImmutableCompatModelList.class)
abstract class CompatModelList {
  @JsonProperty("data")
  abstract Optional<List<CompatModel>> data();
}
