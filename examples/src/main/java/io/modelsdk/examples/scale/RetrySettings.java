package io.modelsdk.examples.scale;

import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.RetryConfig;
import io.modelsdk.examples.Examples;
import io.modelsdk.scale.ScaleClient;
import io.modelsdk.scale.ScaleModel;
import java.io.PrintStream;
import java.time.Duration;

/**
 * A client-wide {@link RetryConfig} and timeout, and {@link RequestOptions} overriding them for one
 * call. Reads (list, retrieve, delete) are retried on connection failures, 408, 409, 429 and 5xx;
 * a create or update only where Scale cannot have acted.
 *
 * <pre>SGP_API_KEY=... java -cp models.jar io.modelsdk.examples.scale.RetrySettings mi_01hz8k2n5q</pre>
 */
public final class RetrySettings {
  private RetrySettings() {}

  /** Five retries with backoff from 500 ms up to 10 s; a Retry-After up to 2 minutes is honoured. */
  public static final RetryConfig RETRY = RetryConfig.builder()
      .maxRetries(5)
      .maxBackoff(Duration.ofSeconds(10))
      .maxRetryAfter(Duration.ofMinutes(2))
      .build();

  public static void main(String[] args) {
    String id = args.length > 0 ? args[0] : "mi_01hz8k2n5q";
    Examples.exitOnError(() -> {
      try (ScaleClient client = configure(ScaleClient.builder().fromEnv(Examples::env)).build()) {
        run(client, System.out, id);
      }
    });
  }

  /** The client-wide settings: the retries above and 30 s per attempt. */
  public static ScaleClient.Builder configure(ScaleClient.Builder builder) {
    return builder.retry(RETRY).timeout(Duration.ofSeconds(30));
  }

  /** A retrieve with the client's retries, then the same id with 5 s and no retry. */
  public static void run(ScaleClient client, PrintStream out, String id) {
    RawResponse<ScaleModel> raw = client.models().withRawResponse().retrieve(id);
    out.println(raw.parse().name() + ": " + raw.retries() + " retries");

    RequestOptions noRetry = RequestOptions.builder().timeout(Duration.ofSeconds(5)).maxRetries(0).build();
    out.println(client.models().retrieve(id, noRetry).name() + ": no retry allowed");
  }
}
