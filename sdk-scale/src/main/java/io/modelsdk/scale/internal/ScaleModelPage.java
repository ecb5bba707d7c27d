package io.modelsdk.scale.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.modelsdk.scale.ScaleModel;
import java.util.List;
import org.immutables.value.Value;

/**
 * The wire envelope of {@code GET /v4/models}:
 * {@code {"items": [...], "total_item_count", "current_page", "items_per_page"}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScaleModelPage.class)
@JsonDeserialize(as = ImmutableScaleModelPage.class)
abstract class ScaleModelPage {
  /** The models of this page. */
  @JsonProperty("items")
  public abstract List<ScaleModel> items();

  /** How many models the whole query has. */
  @JsonProperty("total_item_count")
  public abstract long totalItemCount();

  /** This page's number, from 1. */
  @JsonProperty("current_page")
  public abstract long currentPage();

  /** The page size the server used. */
  @JsonProperty("items_per_page")
  public abstract long itemsPerPage();

  /**
   * True if pages follow this one: it is not empty and {@code current_page * items_per_page} is below
   * the total. Scale's Python SDK asks instead whether the page is full, and so stops early when a
   * page comes back shorter than the limit though the total says more remain.
   */
  public boolean hasMore() {
    return !items().isEmpty() && currentPage() * itemsPerPage() < totalItemCount();
  }
}
