package io.modelsdk.examples.openai;

import io.modelsdk.examples.Examples;
import io.modelsdk.openai.OpenAiClient;
import io.modelsdk.openai.OpenAiModel;
import java.io.PrintStream;

/**
 * Lists every model the key can see, with its owner.
 *
 * <p>{@code list()} answers the first page and {@code autoPager()} walks the rest; OpenAI answers the
 * whole list in one page, so this is one request.
 *
 * <pre>OPENAI_API_KEY=sk-... java -cp models.jar io.modelsdk.examples.openai.ListModels</pre>
 */
public final class ListModels {
  private ListModels() {}

  public static void main(String[] args) {
    Examples.exitOnError(() -> {
      try (OpenAiClient client = OpenAiClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out);
      }
    });
  }

  /** Prints one line per model: its id and who owns it. */
  public static void run(OpenAiClient client, PrintStream out) {
    int count = 0;
    for (OpenAiModel model : client.models().list().autoPager()) {
      out.println(model.id() + " owned by " + model.ownedBy().orElse("?"));
      count++;
    }
    out.println(count + " models");
  }
}
