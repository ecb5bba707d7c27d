package io.modelsdk.core.fake;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.modelsdk.core.Model;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The model type of the fake vendor that core tests run against. */
public final class FakeModel implements Model {
  private final String id;
  private final String ownedBy;

  @JsonCreator
  public FakeModel(@JsonProperty(value = "id", required = true) String id, @JsonProperty("owned_by") String ownedBy) {
    this.id = Objects.requireNonNull(id, "id");
    this.ownedBy = ownedBy;
  }

  @Override
  @JsonProperty("id")
  public String id() {
    return id;
  }

  @Override
  public String vendor() {
    return "acme";
  }

  @Override
  public Optional<String> ownedBy() {
    return Optional.ofNullable(ownedBy);
  }

  @Override
  public Optional<Instant> createdAt() {
    return Optional.empty();
  }
}
