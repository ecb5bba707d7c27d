package io.modelsdk.examples.atoma;

import io.modelsdk.atoma.AtomaClient;
import io.modelsdk.atoma.AtomaModel;
import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.examples.Examples;
import java.io.PrintStream;

/**
 * The HTTP side of a list: status and headers, then the parsed page. Atoma sends no request-id
 * header, so {@code requestId()} is empty.
 *
 * <pre>ATOMASDK_BEARER_AUTH=... java -cp models.jar io.modelsdk.examples.atoma.RawHeaders</pre>
 */
public final class RawHeaders {
  private RawHeaders() {}

  public static void main(String[] args) {
    Examples.exitOnError(() -> {
      try (AtomaClient client = AtomaClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out);
      }
    });
  }

  /** Prints status, request id, content type and how long the call took, then the number of models. */
  public static void run(AtomaClient client, PrintStream out) {
    RawResponse<Page<AtomaModel>> raw = client.models().withRawResponse().list();
    out.println("status:       " + raw.statusCode());
    out.println("request id:   " + raw.requestId().orElse("none (Atoma sends none)"));
    out.println("content type: " + raw.headers().firstValue("Content-Type").orElse("?"));
    out.println("elapsed:      " + raw.elapsed().toMillis() + " ms, " + raw.retries() + " retries");
    out.println("models:       " + raw.parse().items().size()); // parsed only now
  }
}
