package io.modelsdk.examples.cli;

import io.modelsdk.catalog.CatalogSnapshot;
import io.modelsdk.catalog.ModelCatalog;
import io.modelsdk.catalog.SkippedVendor;
import io.modelsdk.catalog.VendorListing;
import io.modelsdk.examples.Examples;
import io.modelsdk.examples.mock.VendorMock;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What {@code catalog} and {@code find} share: one {@link ModelCatalog} of every vendor whose key is in
 * the environment ({@code ModelCatalog.fromEnv}, which finds the vendors through {@code ServiceLoader}
 * and configures each client from its own variables), or of all five on the embedded mock with
 * {@code --mock}, listed at once, each vendor under its deadline.
 *
 * <p>Each client is configured from the environment only, so the options that set up one client
 * ({@code --vendor}, {@code --base-url}, {@code --timeout}, ...) are refused rather than ignored.
 */
abstract class AllVendorsCommand implements Callable<Integer> {
  /** The description line saying which global options do not apply. */
  static final String CLIENT_OPTIONS_NOTE = "Each vendor is configured from its environment variables:"
      + " --vendor, --base-url, --timeout, --max-retries and --allow-insecure-http do not apply.";

  @ParentCommand
  ModelsCli cli;

  @Spec
  CommandSpec spec;

  @Option(names = "--deadline", paramLabel = "<duration>", converter = DurationConverter.class,
      description = "How long each vendor's listing, all its pages, may take, such as 30s, 500ms or 2m"
          + " (a bare number is seconds). Default: 10s.")
  Duration deadline;

  /** Lists the catalog, against the embedded mock (started and stopped here) if asked, and runs the command. */
  @Override
  public final Integer call() {
    checkArguments();
    try (VendorMock mock = cli.mock() ? VendorMock.start() : null;
        ModelCatalog catalog = catalog(mock == null ? cli.env() : mock.env(), deadline)) {
      if (catalog.vendors().isEmpty()) {
        reportSkipped(catalog.skipped());
        throw new CliException("no vendor to list: set the key variable of one (see 'models --help')",
            CliException.FAILURE);
      }
      return run(catalog.listAll(), catalog.skipped(), cli.output());
    }
  }

  /** The command's work: prints what {@code snapshot} says and answers the exit code. */
  abstract int run(CatalogSnapshot snapshot, List<SkippedVendor> skipped, Output output);

  /** One line on stderr per vendor whose listing failed: its name, time and error. */
  final void reportFailures(CatalogSnapshot snapshot) {
    PrintWriter err = spec.commandLine().getErr();
    for (VendorListing failed : snapshot.failures()) {
      err.println("models: " + failed.vendor() + " failed after " + failed.elapsed().toMillis() + " ms: "
          + failed.failure().map(Examples::describe).orElse("?"));
    }
    err.flush();
  }

  /** One line on stderr per vendor left out, and why. */
  final void reportSkipped(List<SkippedVendor> skipped) {
    PrintWriter err = spec.commandLine().getErr();
    for (SkippedVendor s : skipped) {
      err.println("models: " + s.vendor() + " skipped: " + Examples.oneLine(s.reason()));
    }
    err.flush();
  }

  private void checkArguments() {
    List<String> given = cli.clientOptions();
    if (!given.isEmpty()) {
      throw new ParameterException(spec.commandLine(), spec.name() + " configures every vendor from its"
          + " environment variables; " + String.join(", ", given) + (given.size() == 1 ? " does" : " do")
          + " not apply");
    }
  }

  /** Every vendor whose key {@code env} holds, each under {@code deadline} if one is given. */
  private static ModelCatalog catalog(Function<String, String> env, Duration deadline) {
    ModelCatalog.Builder b = ModelCatalog.builder().fromEnv(env);
    return (deadline == null ? b : b.deadline(deadline)).build();
  }
}
