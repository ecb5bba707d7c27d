package io.modelsdk.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The hand-written list envelope of {@link PlainModel}s. */
public final class PlainList {
  @JsonProperty("object") public String object;
  @JsonProperty("data") public List<PlainModel> data;
}
