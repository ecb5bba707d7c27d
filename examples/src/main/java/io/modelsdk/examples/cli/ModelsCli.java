package io.modelsdk.examples.cli;

/** The {@code models} command; placeholder until the CLI lands. */
public final class ModelsCli {
  private ModelsCli() {}

  public static void main(String[] args) {
    System.err.println("models: not built yet");
    System.exit(2);
  }
}
