package io.modelsdk.openai.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.modelsdk.openai.OpenAiModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The wire envelope of {@code GET /models}: {@code {"object": "list", "data": [...]}}. */
@Value.Immutable
@JsonSerialize(as = ImmutableOpenAiModelList.class)
@JsonDeserialize(as = ImmutableOpenAiModelList.class)
abstract class OpenAiModelList {
  /** The object type, {@code list}. */
  @JsonProperty("object")
  @Value.Default
  public String object() {
    return "list";
  }

  /**
   * The models. Optional only so that a body without a {@code data} array (or with {@code null})
   * reaches core as a missing array, which it reports as a parse failure, instead of an empty list.
   */
  @JsonProperty("data")
  public abstract Optional<List<OpenAiModel>> data();
}
