package io.modelsdk.examples.cli;

import io.modelsdk.core.Operation;
import io.modelsdk.core.errors.OperationNotSupportedException;
import io.modelsdk.examples.Vendor;
import io.modelsdk.examples.VendorClient;
import io.modelsdk.root.RootClient;
import io.modelsdk.root.RootModelCreateParams;
import io.modelsdk.scale.ScaleClient;
import io.modelsdk.scale.ScaleModelCreateParams;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code models create}: creates a model on Root Signals or Scale and prints it as the vendor answered.
 * Each vendor has its own options; those of the other vendor are a usage error. Other vendors have no
 * create: the command fails before any request, and before a key is needed.
 */
@Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Create a model (Root Signals and Scale only) and print it.")
final class CreateCommand extends ModelsCommand {
  @Option(names = "--name", required = true, paramLabel = "<name>", description = "The model's name.")
  String name;

  @ArgGroup(exclusive = false, heading = "%nRoot Signals (--vendor root):%n")
  RootCreateOptions root;

  @ArgGroup(exclusive = false, heading = "%nScale GenAI Platform (--vendor scale):%n")
  ScaleCreateOptions scale;

  /** The vendor's create parameters, built and checked before the client is opened. */
  private Object params;

  @Override
  void checkArguments() {
    Vendor vendor = cli.vendor();
    if (vendor != Vendor.ROOT && vendor != Vendor.SCALE) {
      throw new OperationNotSupportedException(vendor.vendorName(), Operation.CREATE); // as the SDK names it
    }
    if (vendor == Vendor.ROOT && scale != null) {
      throw new ParameterException(spec.commandLine(), "Scale's create options need --vendor scale");
    }
    if (vendor == Vendor.SCALE && root != null) {
      throw new ParameterException(spec.commandLine(), "Root Signals' create options need --vendor root");
    }
    if (vendor == Vendor.SCALE && (scale == null || scale.type == null)) {
      throw new ParameterException(spec.commandLine(), "Missing required option for --vendor scale: --type");
    }
    params = vendor == Vendor.ROOT
        ? (root != null ? root : new RootCreateOptions()).params(name, cli.settings())
        : scale.params(name, cli.settings(), spec.commandLine());
  }

  @Override
  void run(VendorClient client, Output output) {
    if (params instanceof RootModelCreateParams) {
      // The raw response parses to the whole created model; the plain create answers only its id.
      output.model(client.unwrap(RootClient.class).models().withRawResponse()
          .create((RootModelCreateParams) params).parse());
    } else {
      output.model(client.unwrap(ScaleClient.class).models().create((ScaleModelCreateParams) params));
    }
  }
}
