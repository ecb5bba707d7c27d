package io.modelsdk.examples.root;

import io.modelsdk.core.errors.ApiConnectionException;
import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.AuthenticationException;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.errors.RateLimitException;
import io.modelsdk.core.errors.SdkException;
import io.modelsdk.examples.Examples;
import io.modelsdk.root.RootClient;
import java.io.PrintStream;

/**
 * The exceptions of a failed call. Root Signals answers problem details: {@code vendorCode()} is its
 * {@code code} ({@code not_found}, {@code authentication_failed}, {@code throttled}...),
 * {@code vendorMessage()} its {@code detail} and {@code vendorType()} its {@code title}.
 *
 * <pre>ROOTSIGNALS_API_KEY=... java -cp models.jar io.modelsdk.examples.root.ErrorHandling 00000000-0000-0000-0000-000000000000</pre>
 */
public final class ErrorHandling {
  private ErrorHandling() {}

  public static void main(String[] args) {
    String id = args.length > 0 ? args[0] : "00000000-0000-0000-0000-000000000000";
    Examples.exitOnError(() -> {
      try (RootClient client = RootClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, id);
      }
    });
  }

  /** Retrieves the model and prints the failure, if any. */
  public static void run(RootClient client, PrintStream out, String id) {
    try {
      out.println("found " + client.models().retrieve(id).name());
    } catch (NotFoundException e) {
      out.println("no model " + id + ": " + problem(e));
    } catch (RateLimitException e) {
      out.println("throttled: " + problem(e) + "; asked to wait " + e.retryAfter().map(Object::toString).orElse("?"));
    } catch (AuthenticationException e) {
      out.println("check ROOTSIGNALS_API_KEY: " + problem(e));
    } catch (ApiException e) {
      out.println("API error: " + problem(e));
    } catch (ApiConnectionException e) {
      out.println("Root Signals unreachable (" + e.attempts() + " attempts): " + e.getMessage());
    } catch (SdkException e) {
      out.println("failed: " + e);
    }
  }

  /** Status, code, the problem's title and detail (the title once when they say the same), request id. */
  private static String problem(ApiException e) {
    String detail = e.vendorMessage().orElse("");
    String title = e.vendorType().filter(t -> !t.equals(detail)).map(t -> t + " ").orElse("");
    return e.statusCode() + " " + e.vendorCode().orElse("-") + " (" + title + detail + "), request id "
        + e.requestId().orElse("-");
  }
}
