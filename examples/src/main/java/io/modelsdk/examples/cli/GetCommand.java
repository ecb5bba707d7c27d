package io.modelsdk.examples.cli;

import io.modelsdk.examples.VendorClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code models get <id>}: one model. */
@Command(name = "get", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Show one model.")
final class GetCommand extends ModelsCommand {
  @Parameters(paramLabel = "<id>", description = "The model's id.")
  String id;

  @Override
  void run(VendorClient client, Output output) {
    output.model(client.models().retrieve(id));
  }
}
