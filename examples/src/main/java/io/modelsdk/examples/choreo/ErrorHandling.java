package io.modelsdk.examples.choreo;

import io.modelsdk.choreo.ChoreoClient;
import io.modelsdk.choreo.ProviderNotConfiguredException;
import io.modelsdk.core.errors.ApiConnectionException;
import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.AuthenticationException;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.errors.RateLimitException;
import io.modelsdk.core.errors.SdkException;
import io.modelsdk.examples.Examples;
import java.io.PrintStream;

/**
 * The exceptions of a failed call against the gateway. {@code model_not_found} is a
 * {@link NotFoundException} whatever the status (the gateway documents a 400);
 * {@code provider_not_configured} is a {@link ProviderNotConfiguredException} naming the model.
 *
 * <pre>CHOREOAI_API_KEY=... java -cp models.jar io.modelsdk.examples.choreo.ErrorHandling invalid-model</pre>
 */
public final class ErrorHandling {
  private ErrorHandling() {}

  public static void main(String[] args) {
    String id = args.length > 0 ? args[0] : "invalid-model";
    Examples.exitOnError(() -> {
      try (ChoreoClient client = ChoreoClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, id);
      }
    });
  }

  /** Retrieves the model and prints the failure, if any. */
  public static void run(ChoreoClient client, PrintStream out, String id) {
    try {
      out.println("found " + client.models().retrieve(id).id());
    } catch (NotFoundException e) {
      out.println("unknown model: " + summary(e));
    } catch (ProviderNotConfiguredException e) {
      out.println("configure the provider of " + e.model().orElse(id) + " on the gateway: " + summary(e));
    } catch (RateLimitException e) {
      out.println("rate limited: " + summary(e) + ", retry after " + e.retryAfter().map(Object::toString).orElse("?"));
    } catch (AuthenticationException e) {
      out.println("check CHOREOAI_API_KEY: " + summary(e));
    } catch (ApiException e) {
      out.println("gateway error: " + summary(e));
    } catch (ApiConnectionException e) {
      out.println("is the gateway running? " + e.attempts() + " attempts: " + e.getMessage());
    } catch (SdkException e) {
      out.println("failed: " + e);
    }
  }

  private static String summary(ApiException e) {
    return "HTTP " + e.statusCode() + ", " + e.vendorCode().orElse("-") + ", X-Request-ID " + e.requestId().orElse("-");
  }
}
