package io.modelsdk.examples.cli;

import io.modelsdk.catalog.CatalogSnapshot;
import io.modelsdk.catalog.SkippedVendor;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code models catalog}: the models of every configured vendor, merged by id; then, on stderr, each
 * vendor that failed and each one left out. Exits 1 if a vendor failed, after printing the others.
 */
@Command(name = "catalog", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"List the models of every vendor whose key is set, all at once, merged by model id.",
        "A vendor that fails is named on stderr with its error; the others are listed all the same.",
        AllVendorsCommand.CLIENT_OPTIONS_NOTE})
final class CatalogCommand extends AllVendorsCommand {
  @Override
  int run(CatalogSnapshot snapshot, List<SkippedVendor> skipped, Output output) {
    output.catalog(snapshot, skipped);
    reportFailures(snapshot);
    reportSkipped(skipped);
    return snapshot.failures().isEmpty() ? 0 : CliException.FAILURE;
  }
}
