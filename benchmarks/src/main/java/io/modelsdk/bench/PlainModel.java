package io.modelsdk.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The model as a careful engineer writes it by hand for Jackson: the floor's parse target. */
public final class PlainModel {
  @JsonProperty("id") public String id;
  @JsonProperty("object") public String object;
  @JsonProperty("created") public long created;
  @JsonProperty("owned_by") public String ownedBy;
  @JsonProperty("shutdown_date") public String shutdownDate;
}
