package io.modelsdk.examples.choreo;

import io.modelsdk.choreo.ChoreoClient;
import io.modelsdk.choreo.ChoreoModel;
import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.RetryConfig;
import io.modelsdk.examples.Examples;
import java.io.PrintStream;
import java.time.Duration;

/**
 * A client-wide {@link RetryConfig} and timeouts suited to a gateway on the local network, and
 * {@link RequestOptions} overriding them for one call.
 *
 * <pre>CHOREOAI_API_KEY=... java -cp models.jar io.modelsdk.examples.choreo.RetrySettings</pre>
 */
public final class RetrySettings {
  private RetrySettings() {}

  /** Two quick retries (100 ms, then 200 ms) and 5 s at most per call. */
  public static final RetryConfig QUICK = RetryConfig.builder()
      .maxRetries(2)
      .initialBackoff(Duration.ofMillis(100))
      .maxBackoff(Duration.ofSeconds(1))
      .deadline(Duration.ofSeconds(5))
      .build();

  public static void main(String[] args) {
    Examples.exitOnError(() -> {
      try (ChoreoClient client = configure(ChoreoClient.builder().fromEnv(Examples::env)).build()) {
        run(client, System.out);
      }
    });
  }

  /** The client-wide settings: the retries above, 2 s per attempt, 500 ms to connect. */
  public static ChoreoClient.Builder configure(ChoreoClient.Builder builder) {
    return builder.retry(QUICK).timeout(Duration.ofSeconds(2)).connectTimeout(Duration.ofMillis(500));
  }

  /** A list with the client's retries, then one allowed 10 s and no retry. */
  public static void run(ChoreoClient client, PrintStream out) {
    RawResponse<Page<ChoreoModel>> raw = client.models().withRawResponse().list();
    out.println(raw.parse().items().size() + " models, " + raw.retries() + " retries");

    RequestOptions slowOnce = RequestOptions.builder().timeout(Duration.ofSeconds(10)).maxRetries(0).build();
    out.println(client.models().list(slowOnce).items().size() + " models, no retry allowed");
  }
}
