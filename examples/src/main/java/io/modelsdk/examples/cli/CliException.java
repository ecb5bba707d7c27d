package io.modelsdk.examples.cli;

/**
 * A failure the {@code models} command reports in its own words (a missing key variable), with the
 * exit code to end with. Its message is printed as it is, after {@code models: }.
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The exit code of a failed call or a missing setting. */
  public static final int FAILURE = 1;
  /** The exit code of a command line that cannot be run, as picocli uses. */
  public static final int USAGE = 2;

  private final int exitCode;

  /** Creates the failure with the exit code the command ends with. */
  public CliException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  /** The exit code the command ends with. */
  public int exitCode() {
    return exitCode;
  }
}
