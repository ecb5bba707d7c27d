package io.modelsdk.examples.cli;

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
      line = describe(e);
    }
    err.println("models: " + oneLine(line));
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** {@code <ExceptionType>: <message>} on one line, or the type alone for an exception without a message. */
  static String describe(Throwable e) {
    String type = e.getClass().getSimpleName();
    return oneLine(e.getMessage() == null ? type : type + ": " + e.getMessage());
  }

  /** Folds line breaks and other control characters into spaces. */
  static String oneLine(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) ? ' ' : c);
    }
    return b.toString();
  }
}
