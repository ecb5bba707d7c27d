package io.modelsdk.examples.root;

import io.modelsdk.examples.Examples;
import io.modelsdk.root.RootClient;
import io.modelsdk.root.RootModel;
import java.io.PrintStream;

/**
 * Retrieves one model by id. A retrieve answers the model's settings ({@code model}, token counts,
 * {@code url}), which a list does not carry; the list's fields (owner, provider) are empty here.
 *
 * <pre>ROOTSIGNALS_API_KEY=... java -cp models.jar io.modelsdk.examples.root.RetrieveModel 3fa85f64-5717-4562-b3fc-2c963f66afa6</pre>
 */
public final class RetrieveModel {
  private RetrieveModel() {}

  public static void main(String[] args) {
    String id = args.length > 0 ? args[0] : "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    Examples.exitOnError(() -> {
      try (RootClient client = RootClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, id);
      }
    });
  }

  /** Prints the model's name, the model it calls and its token limits. */
  public static void run(RootClient client, PrintStream out, String id) {
    RootModel model = client.models().retrieve(id);
    out.println(model.name() + " calls " + model.model().orElse("?"));
    out.println("max tokens:        " + (model.maxTokenCount().isPresent() ? model.maxTokenCount().getAsInt() : "-"));
    out.println("max output tokens: "
        + (model.maxOutputTokenCount().isPresent() ? model.maxOutputTokenCount().getAsInt() : "-"));
    out.println("url:               " + model.url().orElse("(the provider's)"));
  }
}
