package io.modelsdk.root.internal;

import io.modelsdk.core.spi.AllowNulls;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.modelsdk.root.RootModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The wire envelope of {@code GET /v1/models/}: {@code {"next", "previous", "results": [...]}}, where
 * {@code next} is a whole URL or a bare cursor, null on the last page.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRootModelPage.class)
@JsonDeserialize(as = ImmutableRootModelPage.class)
abstract class RootModelPage {
  /** The next page: a whole URL, or a cursor for the {@code cursor} query parameter. */
  @JsonProperty("next")
  public abstract Optional<String> next();

  /** The previous page, unused by the SDK. */
  @JsonProperty("previous")
  public abstract Optional<String> previous();

  /** The models of this page. */
  @JsonProperty(value = "results", required = true)
  public abstract List<RootModel> results();

  /** Fields this version of the SDK does not know, by JSON name. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();
}
