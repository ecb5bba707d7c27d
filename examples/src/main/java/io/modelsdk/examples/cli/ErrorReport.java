package io.modelsdk.examples.cli;

import io.modelsdk.examples.Examples;
import java.io.PrintWriter;

/**
 * Turns an exception from a command into one line on stderr and an exit code.
 *
 * <p>The line is {@code models: <ExceptionType>: <message>}, using the exception's own message: the SDK
 * builds it without keys or other credentials, and with the vendor's message, code and request id when
 * it has them. Line breaks in it are folded so the report stays one line. The stack trace follows only
 * with {@code --verbose}.
 *
 * <p>Exit codes: {@code 2} for input refused before any I/O ({@link IllegalArgumentException}: a blank
 * id, a value out of range), {@code 1} for everything else (API and connection errors, an operation the
 * vendor lacks, a missing key variable).
 */
final class ErrorReport {
  private ErrorReport() {}

  /** Prints the report of {@code e} on {@code err} and answers the exit code. */
  static int report(Throwable e, PrintWriter err, boolean verbose) {
    int code;
    String line;
    if (e instanceof CliException) {
      code = ((CliException) e).exitCode();
      line = e.getMessage();
    } else if (e instanceof IllegalArgumentException) {
      code = CliException.USAGE;
      line = "invalid input: " + e.getMessage();
    } else {
      code = CliException.FAILURE;
      line = Examples.describe(e);
    }
    err.println("models: " + Examples.oneLine(line));
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }
}
