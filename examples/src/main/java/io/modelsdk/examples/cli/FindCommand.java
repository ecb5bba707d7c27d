package io.modelsdk.examples.cli;

import io.modelsdk.catalog.CatalogSnapshot;
import io.modelsdk.catalog.ModelOffer;
import io.modelsdk.catalog.SkippedVendor;
import io.modelsdk.examples.Examples;
import io.modelsdk.examples.Vendor;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code models find <id>}: which configured vendors list a model id, those of {@code --prefer} first.
 * A vendor that failed is named on stderr, since it may list the id too.
 */
@Command(name = "find", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Show which of the vendors whose key is set list a model id (every vendor is listed at once).",
        AllVendorsCommand.CLIENT_OPTIONS_NOTE})
final class FindCommand extends AllVendorsCommand {
  @Parameters(paramLabel = "<id>", description = "The model id, as the vendors list it.")
  String id;

  @Option(names = "--prefer", paramLabel = "<vendor>", split = ",", converter = VendorConverter.class,
      description = "Vendors to show first, in this order, such as choreo,openai.")
  List<Vendor> prefer = new ArrayList<>();

  @Override
  int run(CatalogSnapshot snapshot, List<SkippedVendor> skipped, Output output) {
    List<ModelOffer> offers = snapshot.find(id, prefer.stream().map(Vendor::vendorName).toArray(String[]::new));
    if (!offers.isEmpty()) {
      output.offers(offers);
    }
    reportFailures(snapshot);
    if (offers.isEmpty()) {
      throw new CliException("no configured vendor lists " + Examples.oneLine(id), CliException.FAILURE);
    }
    return 0;
  }
}
