package io.modelsdk.examples;

import io.modelsdk.core.errors.SdkException;
import java.util.concurrent.CompletionException;
import java.util.function.IntConsumer;

/**
 * What every example's {@code main} shares: where its settings come from, and how it ends when a call
 * fails. The examples' {@code run(client, out, ...)} methods, the part worth copying, do not use it.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *   String id = args.length > 0 ? args[0] : "model-id-0";
 *   Examples.exitOnError(() -> {
 *     try (OpenAiClient client = OpenAiClient.builder().fromEnv(Examples::env).build()) {
 *       run(client, System.out, id);
 *     }
 *   });
 * }
 * }</pre>
 */
public final class Examples {
  /** Exit status when a call failed or the client could not be built. */
  public static final int FAILED = 1;
  /** Exit status for wrong arguments. */
  public static final int USAGE = 2;

  /** How an example ends with a status; {@link RunOnMock} replaces it to run examples in-process. */
  static IntConsumer exit = System::exit;

  private Examples() {}

  /**
   * A setting the vendor's {@code fromEnv} reads, such as {@code OPENAI_BASE_URL}: the system property
   * of that name when set ({@code examples/run} sets them to point at the embedded mock), else the
   * environment variable.
   */
  public static String env(String name) {
    String property = System.getProperty(name);
    return property != null ? property : System.getenv(name);
  }

  /**
   * Runs an example's body. An error the SDK reports (an HTTP error, no answer, an operation the vendor
   * lacks, a missing key, an id refused before any I/O) ends it with one line on stderr, such as
   * {@code error: NotFoundException: openai answered 404: ...}, and exit status {@link #FAILED}, rather
   * than with a stack trace; any other exception is a bug and keeps its stack trace.
   */
  public static void exitOnError(Runnable body) {
    try {
      body.run();
    } catch (RuntimeException e) {
      Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
      if (!(cause instanceof SdkException || cause instanceof IllegalArgumentException
          || cause instanceof IllegalStateException || cause instanceof UnsupportedOperationException)) {
        throw e;
      }
      System.err.println("error: " + describe(cause));
      exit.accept(FAILED);
    }
  }

  /**
   * Turns off SLF4J's three-line "no providers" warning on stderr, unless the user has set its verbosity:
   * the embedded mock (WireMock) and the SDK log through SLF4J, which the examples bind to no provider,
   * and stderr is kept for one-line reports. For the {@code main} of the demo, the CLI and
   * {@code examples/run}; the examples themselves leave logging as a user's application would.
   */
  public static void quietLoggingWarnings() {
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
  }

  /** Prints {@code usage} on stderr and ends the program with exit status {@link #USAGE}. */
  public static void usage(String usage) {
    System.err.println(usage);
    exit.accept(USAGE);
  }

  /**
   * {@code <ExceptionType>: <message>} on one line, or the type alone for an exception without a message;
   * the SDK's messages hold no keys. The examples' and the CLI's one-line error reports.
   */
  public static String describe(Throwable e) {
    String type = e.getClass().getSimpleName();
    return oneLine(e.getMessage() == null ? type : type + ": " + e.getMessage());
  }

  /** Folds line breaks and other control characters into spaces. */
  public static String oneLine(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) ? ' ' : c);
    }
    return b.toString();
  }
}
