package io.modelsdk.examples.scale;

import io.modelsdk.examples.Examples;
import io.modelsdk.scale.ScaleClient;
import io.modelsdk.scale.ScaleModel;
import java.io.PrintStream;

/**
 * Lists every model of the account, following Scale's page numbers with {@code autoPager()}.
 *
 * <pre>SGP_API_KEY=... SGP_ACCOUNT_ID=acc_... java -cp models.jar io.modelsdk.examples.scale.ListModels</pre>
 */
public final class ListModels {
  private ListModels() {}

  public static void main(String[] args) {
    Examples.exitOnError(() -> {
      try (ScaleClient client = ScaleClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out);
      }
    });
  }

  /** Prints one line per model: id, name, type and how many deployments it has. */
  public static void run(ScaleClient client, PrintStream out) {
    int count = 0;
    for (ScaleModel model : client.models().list().autoPager()) {
      out.println(model.id() + "  " + model.name() + "  " + model.modelType() + "  "
          + model.deploymentCount().orElse(0) + " deployments");
      count++;
    }
    out.println(count + " models");
  }
}
