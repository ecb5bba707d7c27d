package io.modelsdk.openai.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.modelsdk.openai.OpenAiModel;
import java.util.List;
import org.immutables.value.Value;

/** The wire envelope of {@code GET /models}: {@code {"object": "list", "data": [...]}}. */
@Value.Immutable
@JsonSerialize(as = ImmutableOpenAiModelList.class)
@JsonDeserialize(as = ImmutableOpenAiModelList.class)
public abstract class OpenAiModelList {
  /** The object type, {@code list}. */
  @JsonProperty("object")
  @Value.Default
  public String object() {
    return "list";
  }

  /** The models. */
  @JsonProperty("data")
  public abstract List<OpenAiModel> data();
}
