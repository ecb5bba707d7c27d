package io.modelsdk.examples.openai;

import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.RetryConfig;
import io.modelsdk.examples.Examples;
import io.modelsdk.openai.OpenAiClient;
import io.modelsdk.openai.OpenAiModel;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Retries and timeouts: a client-wide {@link RetryConfig} and timeout, and {@link RequestOptions}
 * that override them for one call.
 *
 * <pre>OPENAI_API_KEY=sk-... java -cp models.jar io.modelsdk.examples.openai.RetrySettings gpt-4o</pre>
 */
public final class RetrySettings {
  private RetrySettings() {}

  /** Up to 4 retries, backoff from 250 ms to 4 s, and at most 30 s per call in all. */
  public static final RetryConfig PATIENT = RetryConfig.builder()
      .maxRetries(4)
      .initialBackoff(Duration.ofMillis(250))
      .maxBackoff(Duration.ofSeconds(4))
      .deadline(Duration.ofSeconds(30))
      .build();

  public static void main(String[] args) {
    String id = args.length > 0 ? args[0] : "model-id-0";
    Examples.exitOnError(() -> {
      try (OpenAiClient client = configure(OpenAiClient.builder().fromEnv(Examples::env)).build()) {
        run(client, System.out, id);
      }
    });
  }

  /** The client-wide settings: the retries above, 20 s per attempt, 5 s to connect. */
  public static OpenAiClient.Builder configure(OpenAiClient.Builder builder) {
    return builder.retry(PATIENT).timeout(Duration.ofSeconds(20)).connectTimeout(Duration.ofSeconds(5));
  }

  /** One call with the client's retries, then one that fails fast: 2 s and no retry. */
  public static void run(OpenAiClient client, PrintStream out, String id) {
    RawResponse<OpenAiModel> patient = client.models().withRawResponse().retrieve(id);
    out.println(patient.parse().id() + " after " + patient.retries() + " retries");

    RequestOptions failFast = RequestOptions.builder().timeout(Duration.ofSeconds(2)).maxRetries(0).build();
    OpenAiModel quick = client.models().retrieve(id, failFast);
    out.println(quick.id() + " with no retries allowed");
  }
}
