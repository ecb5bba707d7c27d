package io.modelsdk.examples.root;

import io.modelsdk.examples.Examples;
import io.modelsdk.root.RootClient;
import io.modelsdk.root.RootModel;
import java.io.PrintStream;

/**
 * Lists the models visible to the key, public ones and your own, following Root Signals' cursor with
 * {@code autoPager()}.
 *
 * <pre>ROOTSIGNALS_API_KEY=... java -cp models.jar io.modelsdk.examples.root.ListModels</pre>
 */
public final class ListModels {
  private ListModels() {}

  public static void main(String[] args) {
    Examples.exitOnError(() -> {
      try (RootClient client = RootClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out);
      }
    });
  }

  /** Prints one line per model: name, provider, visibility and owner's email. */
  public static void run(RootClient client, PrintStream out) {
    int count = 0;
    for (RootModel model : client.models().list().autoPager()) {
      out.println(model.name() + " [" + model.provider().flatMap(p -> p.name()).orElse("custom") + ", "
          + model.visibility().orElse("?") + "] owned by " + model.ownedBy().orElse("?"));
      count++;
    }
    out.println(count + " models");
  }
}
