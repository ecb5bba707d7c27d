package io.modelsdk.examples.scale;

import io.modelsdk.examples.Examples;
import io.modelsdk.scale.ScaleClient;
import io.modelsdk.scale.ScaleModel;
import io.modelsdk.scale.ScaleModelDeployment;
import io.modelsdk.scale.ScaleModelRetrieveParams;
import io.modelsdk.scale.ScaleModelView;
import java.io.PrintStream;

/**
 * Retrieves one model with its deployments and model group: Scale sends those only when the request
 * asks for their {@link ScaleModelView}.
 *
 * <pre>SGP_API_KEY=... java -cp models.jar io.modelsdk.examples.scale.RetrieveModel mi_01hz8k2n5q</pre>
 */
public final class RetrieveModel {
  private RetrieveModel() {}

  public static void main(String[] args) {
    String id = args.length > 0 ? args[0] : "mi_01hz8k2n5q";
    Examples.exitOnError(() -> {
      try (ScaleClient client = ScaleClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, id);
      }
    });
  }

  /** Prints the model, its group and each deployment's status. */
  public static void run(ScaleClient client, PrintStream out, String id) {
    ScaleModelRetrieveParams withViews = ScaleModelRetrieveParams.builder()
        .addView(ScaleModelView.DEPLOYMENTS)
        .addView(ScaleModelView.MODEL_GROUP)
        .build();
    ScaleModel model = client.models().retrieve(id, withViews);
    out.println(model.id() + " " + model.name() + " (" + model.modelType() + ")");
    out.println("display name: " + model.displayName().orElse("-"));
    out.println("created:      " + model.createdAt().map(Object::toString).orElse("?"));
    out.println("group:        " + model.modelGroup().flatMap(g -> g.name()).orElse("none"));
    for (ScaleModelDeployment d : model.deployments().orElseThrow()) {
      out.println("deployment:   " + d.name().orElse("?") + " " + d.status().orElse("?"));
    }
  }
}
