package io.modelsdk.examples.choreo;

import io.modelsdk.choreo.ChoreoClient;
import io.modelsdk.choreo.ChoreoModel;
import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.examples.Examples;
import java.io.PrintStream;

/**
 * Status, headers and the gateway's request id ({@code X-Request-ID}, also in its logs), then the
 * parsed list.
 *
 * <pre>CHOREOAI_API_KEY=... java -cp models.jar io.modelsdk.examples.choreo.RawHeaders</pre>
 */
public final class RawHeaders {
  private RawHeaders() {}

  public static void main(String[] args) {
    Examples.exitOnError(() -> {
      try (ChoreoClient client = ChoreoClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out);
      }
    });
  }

  /** Prints status, request id and content type of a list, then how many models it holds. */
  public static void run(ChoreoClient client, PrintStream out) {
    RawResponse<Page<ChoreoModel>> raw = client.models().withRawResponse().list();
    out.println("HTTP " + raw.statusCode() + " in " + raw.elapsed().toMillis() + " ms");
    out.println("X-Request-ID: " + raw.requestId().orElse("-"));
    out.println("Content-Type: " + raw.headers().firstValue("Content-Type").orElse("-"));
    out.println(raw.parse().items().size() + " models");
  }
}
