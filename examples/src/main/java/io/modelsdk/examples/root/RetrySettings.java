package io.modelsdk.examples.root;

import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.RetryConfig;
import io.modelsdk.examples.Examples;
import io.modelsdk.root.RootClient;
import io.modelsdk.root.RootModel;
import java.io.PrintStream;
import java.time.Duration;

/**
 * A client-wide {@link RetryConfig} and timeouts, and {@link RequestOptions} overriding them for one
 * call (here with a tracing header too). Root Signals throttles with 429: the client waits as its
 * {@code Retry-After} asks, up to {@code maxRetryAfter}.
 *
 * <pre>ROOTSIGNALS_API_KEY=... java -cp models.jar io.modelsdk.examples.root.RetrySettings</pre>
 */
public final class RetrySettings {
  private RetrySettings() {}

  /** Three retries, honouring a Retry-After of up to 30 s, and a minute at most per call. */
  public static final RetryConfig RETRY = RetryConfig.builder()
      .maxRetries(3)
      .maxRetryAfter(Duration.ofSeconds(30))
      .deadline(Duration.ofMinutes(1))
      .build();

  public static void main(String[] args) {
    String id = args.length > 0 ? args[0] : "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    Examples.exitOnError(() -> {
      try (RootClient client = configure(RootClient.builder().fromEnv(Examples::env)).build()) {
        run(client, System.out, id);
      }
    });
  }

  /** The client-wide settings: the retries above, 20 s per attempt and 3 s to connect. */
  public static RootClient.Builder configure(RootClient.Builder builder) {
    return builder.retry(RETRY).timeout(Duration.ofSeconds(20)).connectTimeout(Duration.ofSeconds(3));
  }

  /** A retrieve with the client's retries, then one with 2 s, no retry and a trace header. */
  public static void run(RootClient client, PrintStream out, String id) {
    RawResponse<RootModel> raw = client.models().withRawResponse().retrieve(id);
    out.println(raw.parse().name() + " after " + raw.retries() + " retries");

    RequestOptions strict = RequestOptions.builder()
        .timeout(Duration.ofSeconds(2))
        .maxRetries(0)
        .header("X-Trace-Id", "example-trace")
        .build();
    out.println(client.models().retrieve(id, strict).name() + " without retries");
  }
}
