package io.modelsdk.examples.atoma;

import io.modelsdk.atoma.AtomaClient;
import io.modelsdk.atoma.AtomaModel;
import io.modelsdk.examples.Examples;
import java.io.PrintStream;

/**
 * Lists the models an Atoma proxy serves. Atoma answers them all in one request.
 *
 * <pre>ATOMASDK_BEARER_AUTH=... java -cp models.jar io.modelsdk.examples.atoma.ListModels</pre>
 *
 * <p>For a self-hosted proxy, set {@code ATOMA_BASE_URL} or build the client with
 * {@code AtomaClient.builder().fromEnv().baseUrl(url)}.
 */
public final class ListModels {
  private ListModels() {}

  public static void main(String[] args) {
    Examples.exitOnError(() -> {
      try (AtomaClient client = AtomaClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out);
      }
    });
  }

  /** Prints one line per model: its id and when it was created. */
  public static void run(AtomaClient client, PrintStream out) {
    int count = 0;
    for (AtomaModel model : client.models().list().autoPager()) {
      out.println(model.id() + " created " + model.createdAt().map(Object::toString).orElse("?"));
      count++;
    }
    out.println(count + " models");
  }
}
