package io.modelsdk.examples.scale;

import io.modelsdk.core.errors.ApiConnectionException;
import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.AuthenticationException;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.errors.RateLimitException;
import io.modelsdk.core.errors.SdkException;
import io.modelsdk.core.errors.UnprocessableEntityException;
import io.modelsdk.core.errors.ValidationError;
import io.modelsdk.examples.Examples;
import io.modelsdk.scale.ScaleClient;
import java.io.PrintStream;

/**
 * The exceptions of a failed call. Scale's errors are FastAPI's: a {@code detail} text (FastAPI has no
 * error code, so {@code vendorCode()} is empty), or for a 422 a list of field errors, typed as
 * {@link UnprocessableEntityException#validationErrors()}.
 *
 * <pre>SGP_API_KEY=... java -cp models.jar io.modelsdk.examples.scale.ErrorHandling mi_missing</pre>
 */
public final class ErrorHandling {
  private ErrorHandling() {}

  public static void main(String[] args) {
    String id = args.length > 0 ? args[0] : "mi_missing";
    Examples.exitOnError(() -> {
      try (ScaleClient client = ScaleClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, id);
      }
    });
  }

  /** Retrieves the model and prints the failure, if any. */
  public static void run(ScaleClient client, PrintStream out, String id) {
    try {
      out.println("found " + client.models().retrieve(id).name());
    } catch (NotFoundException e) {
      out.println("not found: " + e.vendorMessage().orElse("") + " " + where(e));
    } catch (UnprocessableEntityException e) {
      for (ValidationError v : e.validationErrors()) {
        out.println("invalid " + String.join(".", v.location()) + ": " + v.message());
      }
    } catch (RateLimitException e) {
      out.println("rate limited " + where(e) + ", retry after " + e.retryAfter().map(Object::toString).orElse("?"));
    } catch (AuthenticationException e) {
      out.println("check SGP_API_KEY: " + e.vendorMessage().orElse("") + " " + where(e));
    } catch (ApiException e) {
      out.println("API error: " + e.vendorMessage().orElse(e.body()) + " " + where(e));
    } catch (ApiConnectionException e) {
      out.println("unreachable after " + e.attempts() + " attempts: " + e.getMessage());
    } catch (SdkException e) {
      out.println("failed: " + e);
    }
  }

  private static String where(ApiException e) {
    return "(status " + e.statusCode() + ", code " + e.vendorCode().orElse("-") + ", request id "
        + e.requestId().orElse("-") + ")";
  }
}
