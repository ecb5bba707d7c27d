package io.modelsdk.examples.scale;

import io.modelsdk.examples.Examples;
import io.modelsdk.scale.ScaleClient;
import io.modelsdk.scale.ScaleModel;
import io.modelsdk.scale.ScaleModelCreateParams;
import io.modelsdk.scale.ScaleModelType;
import java.io.PrintStream;

/**
 * Creates a model in an account. {@code account_id}, {@code model_type} and {@code name} are required;
 * the builder checks them before any request. A create is retried only when Scale cannot have acted
 * on it, so a retry never makes a second model.
 *
 * <pre>SGP_API_KEY=... java -cp models.jar io.modelsdk.examples.scale.CreateModel acc_5f2c my-model</pre>
 */
public final class CreateModel {
  private CreateModel() {}

  public static void main(String[] args) {
    String account = args.length > 0 ? args[0] : Examples.env("SGP_ACCOUNT_ID");
    String name = args.length > 1 ? args[1] : "my-model";
    if (account == null) {
      Examples.usage("usage: CreateModel <account id> [name], or set SGP_ACCOUNT_ID");
      return;
    }
    Examples.exitOnError(() -> {
      try (ScaleClient client = ScaleClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, account, name);
      }
    });
  }

  /** Creates a completion model and prints what Scale made of it. */
  public static void run(ScaleClient client, PrintStream out, String accountId, String name) {
    ScaleModel created = client.models().create(ScaleModelCreateParams.builder()
        .accountId(accountId)
        .modelType(ScaleModelType.COMPLETION)
        .name(name)
        .description("created by the models-sdk example")
        .build());
    out.println("created " + created.id() + " (" + created.name() + ", " + created.modelType() + ")");
    out.println("vendor: " + created.modelVendor().map(Object::toString).orElse("?"));
  }
}
