package io.modelsdk.examples.cli;

import io.modelsdk.examples.VendorClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code models delete <id>}: deletes a model and says so, in the same words for every vendor. Vendors
 * without a delete (Atoma, ChoreoAI) are refused by the SDK before any request.
 */
@Command(name = "delete", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Delete a model (OpenAI, Scale and Root Signals) and print 'deleted <id>', or with --json"
    + " {\"id\": \"<id>\", \"deleted\": true}.")
final class DeleteCommand extends ModelsCommand {
  @Parameters(paramLabel = "<id>", description = "The model's id.")
  String id;

  @Override
  void run(VendorClient client, Output output) {
    client.models().delete(id);
    output.deleted(id);
  }
}
