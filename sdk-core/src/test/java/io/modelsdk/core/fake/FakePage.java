package io.modelsdk.core.fake;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The fake vendor's list envelope: {@code {"data": [...], "next": "cursor" | null}}. */
public final class FakePage {
  final List<FakeModel> data;
  final String next;

  @JsonCreator
  public FakePage(@JsonProperty(value = "data", required = true) List<FakeModel> data, @JsonProperty("next") String next) {
    this.data = data;
    this.next = next;
  }
}
