package io.modelsdk.examples.atoma;

import io.modelsdk.atoma.AtomaClient;
import io.modelsdk.atoma.AtomaModel;
import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.RetryConfig;
import io.modelsdk.examples.Examples;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Retries and timeouts: the client retries connection failures, 429 and 5xx (not Atoma's 402
 * insufficient balance, nor its 501) as its {@link RetryConfig} says; {@link RequestOptions} change that for one call.
 *
 * <pre>ATOMASDK_BEARER_AUTH=... java -cp models.jar io.modelsdk.examples.atoma.RetrySettings</pre>
 */
public final class RetrySettings {
  private RetrySettings() {}

  /** Three retries, starting at 1 s, and never more than 20 s for a call. */
  public static final RetryConfig RETRY = RetryConfig.builder()
      .maxRetries(3)
      .initialBackoff(Duration.ofSeconds(1))
      .deadline(Duration.ofSeconds(20))
      .build();

  public static void main(String[] args) {
    Examples.exitOnError(() -> {
      try (AtomaClient client = configure(AtomaClient.builder().fromEnv(Examples::env)).build()) {
        run(client, System.out);
      }
    });
  }

  /** The client-wide settings: the retries above and 15 s per attempt. */
  public static AtomaClient.Builder configure(AtomaClient.Builder builder) {
    return builder.retry(RETRY).timeout(Duration.ofSeconds(15));
  }

  /** A list with the client's retries, then a retrieve allowed 3 s and one retry. */
  public static void run(AtomaClient client, PrintStream out) {
    RawResponse<Page<AtomaModel>> listed = client.models().withRawResponse().list();
    out.println(listed.parse().items().size() + " models after " + listed.retries() + " retries");

    RequestOptions once = RequestOptions.builder().timeout(Duration.ofSeconds(3)).maxRetries(1).build();
    AtomaModel first = client.models().retrieve(listed.parse().items().get(0).id(), once);
    out.println(first.id() + " retrieved with at most one retry");
  }
}
