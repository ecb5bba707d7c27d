package io.modelsdk.examples.cli;

import io.modelsdk.core.Model;
import io.modelsdk.core.Page;
import io.modelsdk.examples.VendorClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code models list}: every model, page after page, or the first {@code --limit} of them. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
    description = "List the models (every page, fetched as they are read).")
final class ListCommand extends ModelsCommand {
  @Option(names = "--limit", paramLabel = "<n>",
      description = "Stop after n models; later pages are not fetched.")
  Integer limit;

  @Override
  void checkArguments() {
    if (limit != null && limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1: " + limit);
    }
  }

  @Override
  void run(VendorClient client, Output output) {
    Page<? extends Model> first = client.models().list();
    if (limit == null) {
      output.models(first.autoPager());
    } else {
      output.models(() -> first.stream().limit(limit).map(Model.class::cast).iterator());
    }
  }
}
