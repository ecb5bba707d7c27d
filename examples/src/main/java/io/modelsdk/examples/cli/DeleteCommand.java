package io.modelsdk.examples.cli;

import io.modelsdk.examples.VendorClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code models delete <id>}: deletes a model and prints what the vendor answered. Vendors without a
 * delete (Atoma, ChoreoAI) are refused by the SDK before any request.
 */
@Command(name = "delete", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Delete a model and print what the vendor answered"
    + " (OpenAI, Scale and Root Signals).")
final class DeleteCommand extends ModelsCommand {
  @Parameters(paramLabel = "<id>", description = "The model's id.")
  String id;

  @Override
  void run(VendorClient client, Output output) {
    output.deleted(id, client.models().delete(id));
  }
}
