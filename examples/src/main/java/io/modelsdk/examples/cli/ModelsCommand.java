package io.modelsdk.examples.cli;

import io.modelsdk.examples.VendorClient;
import io.modelsdk.examples.mock.VendorMock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What the subcommands share: the global options of {@link ModelsCli}, a client, the output. */
abstract class ModelsCommand implements Callable<Integer> {
  @ParentCommand
  ModelsCli cli;

  @Spec
  CommandSpec spec;

  /**
   * Runs the subcommand with an open client, closed afterwards, against the embedded mock (started and
   * stopped here) when {@code --mock} says so; answers 0.
   */
  @Override
  public final Integer call() {
    boolean mocked = cli.mock();
    checkArguments();
    try (VendorMock mock = mocked ? VendorMock.start() : null;
        VendorClient client = cli.clientFactory(mock).open()) {
      run(client, cli.output());
    }
    return 0;
  }

  /** Refuses arguments picocli cannot check, with a {@code ParameterException}, before a client is opened. */
  void checkArguments() {}

  /** The subcommand's work. */
  abstract void run(VendorClient client, Output output);
}
