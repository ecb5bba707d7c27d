package io.modelsdk.examples;

import io.modelsdk.examples.mock.VendorMock;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

/**
 * Runs one example against the embedded {@link VendorMock}, the way {@code examples/run} does: starts the
 * mock, points the vendor's key and base-URL settings at it (as system properties, which
 * {@link Examples#env} reads before the environment), runs the example's {@code main} in this JVM, and
 * stops the mock.
 *
 * <pre>examples/run scale RetrieveModel mi_01hz8k2n5q</pre>
 */
public final class RunOnMock {
  static final String USAGE_TEXT = String.join(System.lineSeparator(),
      "Usage: examples/run VENDOR EXAMPLE [ARGS...]",
      "",
      "Runs one example against the embedded mock of every vendor: no key, no network. It sets the",
      "vendor's key and base-URL variables to the mock's (as system properties of the same names).",
      "",
      "  VENDOR    openai, atoma, scale, root or choreo",
      "  EXAMPLE   a class of io.modelsdk.examples.VENDOR: ListModels, RetrieveModel, AsyncFanOut,",
      "            RawHeaders, Streaming, Paging, RetrySettings, ErrorHandling, and DeleteModel,",
      "            CreateModel or UnsupportedOperations where the vendor has them",
      "  ARGS      the example's own arguments; without them it uses ids the mock serves",
      "",
      "Examples:",
      "  examples/run openai RawHeaders",
      "  examples/run scale RetrieveModel mi_01hz8k2n5q",
      "  examples/run root ErrorHandling",
      "  examples/run openai DeleteModel ft:gpt-4o-mini:acemeco:suffix:abc123",
      "",
      "Exit status: the example's (0 ok, 1 a call failed), 2 for a usage error.");

  private RunOnMock() {}

  /** Runs the example and exits with its status. */
  public static void main(String[] args) {
    Examples.quietLoggingWarnings();
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the example named by {@code args} in this JVM and answers its exit status. The example prints
   * on {@code System.out} and {@code System.err}; this method prints only help and usage errors.
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.println(USAGE_TEXT);
      return 0;
    }
    if (args.length < 2) {
      err.println("run: name a vendor and an example");
      err.println(USAGE_TEXT);
      return Examples.USAGE;
    }
    Vendor vendor;
    Method main;
    try {
      vendor = Vendor.of(args[0]);
      main = Class.forName("io.modelsdk.examples." + vendor.id() + "." + args[1]).getMethod("main", String[].class);
    } catch (IllegalArgumentException e) {
      err.println("run: " + e.getMessage());
      return Examples.USAGE;
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      err.println("run: no example " + args[1] + " for " + args[0] + "; examples/run --help lists them");
      return Examples.USAGE;
    }
    try (VendorMock mock = VendorMock.start()) {
      Map<String, String> settings = new LinkedHashMap<>();
      settings.put(vendor.keyVariable(), VendorMock.API_KEY);
      settings.put(vendor.baseUrlVariable(), mock.baseUrl(vendor));
      return withProperties(settings, () -> invoke(main, Arrays.copyOfRange(args, 2, args.length)));
    }
  }

  /** Runs {@code main}, answering 0 when it returns and the status it asked for when it ended early. */
  private static int invoke(Method main, String[] args) {
    try {
      main.invoke(null, (Object) args);
      return 0;
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exit) {
        return ((Exit) e.getCause()).status;
      }
      throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause()
          : new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code body} with the system properties set, and the early exit of {@link Examples} caught. */
  private static int withProperties(Map<String, String> settings, IntSupplier body) {
    Map<String, String> previous = new LinkedHashMap<>();
    settings.forEach((name, value) -> previous.put(name, System.setProperty(name, value)));
    IntConsumer exit = Examples.exit;
    Examples.exit = status -> {
      throw new Exit(status);
    };
    try {
      return body.getAsInt();
    } finally {
      Examples.exit = exit;
      previous.forEach((name, value) -> {
        if (value == null) {
          System.clearProperty(name);
        } else {
          System.setProperty(name, value);
        }
      });
    }
  }

  /** Unwinds an example's {@code main} that asked to end with {@code status}. */
  private static final class Exit extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    Exit(int status) {
      super(null, null, false, false);
      this.status = status;
    }
  }
}
