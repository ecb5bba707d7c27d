package io.modelsdk.examples.root;

import io.modelsdk.examples.Examples;
import io.modelsdk.root.RootClient;
import io.modelsdk.root.RootModel;
import io.modelsdk.root.RootModelCreateParams;
import java.io.PrintStream;

/**
 * Creates a custom model, then reads it back. {@code create} answers the new id; the builder checks
 * the name, token counts and URL before any request. A provider key given with {@code defaultKey} is
 * sent in the body only and never printed by {@code toString()}.
 *
 * <pre>ROOTSIGNALS_API_KEY=... java -cp models.jar io.modelsdk.examples.root.CreateModel my-custom-gpt gpt-4-turbo</pre>
 */
public final class CreateModel {
  private CreateModel() {}

  public static void main(String[] args) {
    String name = args.length > 0 ? args[0] : "my-custom-gpt";
    String model = args.length > 1 ? args[1] : "gpt-4-turbo";
    Examples.exitOnError(() -> {
      try (RootClient client = RootClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, name, model);
      }
    });
  }

  /** Creates a model named {@code name} calling {@code model}, and prints it as retrieved. */
  public static void run(RootClient client, PrintStream out, String name, String model) {
    RootModelCreateParams params = RootModelCreateParams.builder()
        .name(name)
        .model(model)
        .maxOutputTokenCount(800)
        .build();
    String id = client.models().create(params);
    out.println("created " + id);
    RootModel created = client.models().retrieve(id);
    out.println(created.name() + " calls " + created.model().orElse("?"));
  }
}
