package io.modelsdk.root;

import io.modelsdk.core.Creates;
import io.modelsdk.core.ListsWithParams;
import io.modelsdk.core.Models;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.Updates;

/**
 * Root Signals' models resource, called synchronously: the calls every vendor has, plus a list with
 * {@link RootModelListParams}, {@code create}, {@code update} and {@code verify}.
 *
 * <pre>{@code
 * RootModelVerification ok = root.models().verify(RootModelVerifyParams.builder().model("gpt-4-turbo").build());
 * String id = root.models().create(RootModelCreateParams.builder().name("my-gpt").model("gpt-4-turbo").build());
 * RootModel m = root.models().update(id, RootModelUpdateParams.builder().maxOutputTokenCount(2000).build());
 * for (RootModel each : root.models().list(RootModelListParams.builder().limit(50).build()).autoPager()) { }
 * root.models().delete(id);   // answers null: Root Signals answers 204 with no body
 * }</pre>
 *
 * <p>{@code delete} answers {@code null} ({@link Void}); it either succeeds or throws. {@code update}
 * changes only the fields its params set or clear ({@code PATCH}).
 */
public interface RootModels extends Models<RootModel, Void>,
    ListsWithParams<RootModelListParams, RootModel>,
    Creates<RootModelCreateParams, String>,
    Updates<RootModelUpdateParams, RootModel> {
  @Override
  WithRawResponse withRawResponse();

  @Override
  WithStreamingResponse withStreamingResponse();

  /**
   * Sends a model configuration a test prompt before it is saved ({@code POST /v1/models/verify/}). A
   * model that fails the test answers {@code success() == false} with the error; a verify is not retried
   * once the server may have acted.
   */
  default RootModelVerification verify(RootModelVerifyParams params) {
    return verify(params, RequestOptions.none());
  }

  /** {@link #verify(RootModelVerifyParams)}, with per-call options. */
  RootModelVerification verify(RootModelVerifyParams params, RequestOptions options);

  /** The calls of {@link RootModels}, each answering a {@link RawResponse}. */
  interface WithRawResponse extends Models.WithRawResponse<RootModel, Void>,
      ListsWithParams.Raw<RootModelListParams, RootModel>,
      Creates.Raw<RootModelCreateParams, RootModel>,
      Updates.Raw<RootModelUpdateParams, RootModel> {
    /** Verifies a model configuration. */
    default RawResponse<RootModelVerification> verify(RootModelVerifyParams params) {
      return verify(params, RequestOptions.none());
    }

    /** Verifies a model configuration, with per-call options. */
    RawResponse<RootModelVerification> verify(RootModelVerifyParams params, RequestOptions options);
  }

  /** The calls of {@link RootModels}, each answering a {@link StreamingResponse} that must be closed. */
  interface WithStreamingResponse extends Models.WithStreamingResponse<RootModel, Void>,
      ListsWithParams.Streaming<RootModelListParams, RootModel>,
      Creates.Streaming<RootModelCreateParams, RootModel>,
      Updates.Streaming<RootModelUpdateParams, RootModel> {
    /** Verifies a model configuration. */
    default StreamingResponse<RootModelVerification> verify(RootModelVerifyParams params) {
      return verify(params, RequestOptions.none());
    }

    /** Verifies a model configuration, with per-call options. */
    StreamingResponse<RootModelVerification> verify(RootModelVerifyParams params, RequestOptions options);
  }
}
