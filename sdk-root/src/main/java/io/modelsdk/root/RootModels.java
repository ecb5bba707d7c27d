package io.modelsdk.root;

import io.modelsdk.core.Models;
import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;

/**
 * Root Signals' models resource, called synchronously: the calls every vendor has, plus a list with
 * {@link RootModelListParams} and {@code create}.
 *
 * <pre>{@code
 * String id = root.models().create(RootModelCreateParams.builder().name("my-gpt").model("gpt-4-turbo").build());
 * RootModel m = root.models().retrieve(id);
 * for (RootModel each : root.models().list(RootModelListParams.builder().limit(50).build()).autoPager()) { }
 * root.models().delete(id);   // answers null: Root Signals answers 204 with no body
 * }</pre>
 *
 * <p>{@code delete} answers {@code null} ({@link Void}); it either succeeds or throws.
 */
public interface RootModels extends Models<RootModel, Void> {
  /** Lists the models matching {@code params}: the first page, from which the auto-pager walks on. */
  Page<RootModel> list(RootModelListParams params);

  /** Lists the models matching {@code params}, with per-call options that also apply to later pages. */
  Page<RootModel> list(RootModelListParams params, RequestOptions options);

  /**
   * Creates a custom model and answers its id, as the Python SDK does; {@link #withRawResponse()} has
   * the whole model. A create is retried only where the server cannot have acted.
   */
  String create(RootModelCreateParams params);

  /** Creates a custom model, with per-call options, and answers its id. */
  String create(RootModelCreateParams params, RequestOptions options);

  @Override
  WithRawResponse withRawResponse();

  @Override
  WithStreamingResponse withStreamingResponse();

  /** The calls of {@link RootModels}, each answering a {@link RawResponse}. */
  interface WithRawResponse extends Models.WithRawResponse<RootModel, Void> {
    /** Lists the models matching {@code params}. */
    RawResponse<Page<RootModel>> list(RootModelListParams params);

    /** Lists the models matching {@code params}, with per-call options. */
    RawResponse<Page<RootModel>> list(RootModelListParams params, RequestOptions options);

    /** Creates a custom model; the response parses to the created model. */
    RawResponse<RootModel> create(RootModelCreateParams params);

    /** Creates a custom model, with per-call options. */
    RawResponse<RootModel> create(RootModelCreateParams params, RequestOptions options);
  }

  /** The calls of {@link RootModels}, each answering a {@link StreamingResponse} that must be closed. */
  interface WithStreamingResponse extends Models.WithStreamingResponse<RootModel, Void> {
    /** Lists the models matching {@code params}, to be iterated item by item as the body arrives. */
    StreamingListResponse<RootModel> list(RootModelListParams params);

    /** Lists the models matching {@code params}, with per-call options. */
    StreamingListResponse<RootModel> list(RootModelListParams params, RequestOptions options);

    /** Creates a custom model; the response parses to the created model. */
    StreamingResponse<RootModel> create(RootModelCreateParams params);

    /** Creates a custom model, with per-call options. */
    StreamingResponse<RootModel> create(RootModelCreateParams params, RequestOptions options);
  }
}
