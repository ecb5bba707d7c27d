package io.modelsdk.examples.demo;

import io.modelsdk.core.ClientBuilder;
import io.modelsdk.core.RetryConfig;
import io.modelsdk.examples.Examples;
import io.modelsdk.examples.Vendor;
import io.modelsdk.examples.VendorClient;
import io.modelsdk.examples.mock.VendorMock;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The SDK's tour: every vendor's client through sync, async, raw, streaming and paged calls, a retried
 * 429, delete or create, and a 404, against the embedded {@link VendorMock}; one table per vendor. Then
 * all five in one model catalog, listed at once while one of them hangs ({@link CatalogTour}).
 *
 * <pre>
 * ./demo                 # all five vendors, on the mock
 * ./demo --live openai   # the read-only calls against the real OpenAI API (OPENAI_API_KEY)
 * ./demo --live          # the same, for every vendor whose key variable is set
 * </pre>
 *
 * <p>Exit status: 0 when every row did what was expected, 1 otherwise, 2 for a usage error or a missing
 * key.
 */
public final class Demo {
  /** Exit status when every row succeeded. */
  public static final int OK = 0;
  /** Exit status when a row failed. */
  public static final int FAILED = 1;
  /** Exit status for a usage error or a missing key. */
  public static final int USAGE = 2;

  private static final String USAGE_TEXT = String.join(System.lineSeparator(),
      "Usage: demo [--live [VENDOR]] [--help]",
      "",
      "Runs every vendor's models client through its calling modes and prints a table per vendor.",
      "On the mock it then lists all five at once in one model catalog, with one vendor made to hang.",
      "",
      "  (no option)      against the embedded mock of all five vendors: no key, no network",
      "  --live VENDOR    the read-only calls against the real API of VENDOR (openai, atoma, scale,",
      "                   root, choreo), with the key from its environment variable",
      "  --live           the same, for every vendor whose key variable is set",
      "  --help           this text",
      "",
      "Key variables: OPENAI_API_KEY, ATOMASDK_BEARER_AUTH, SGP_API_KEY, ROOTSIGNALS_API_KEY, CHOREOAI_API_KEY.",
      "Exit status: 0 all rows ok, 1 a row failed, 2 usage error or missing key.");

  private Demo() {}

  /** Runs the demo and exits with its status. */
  public static void main(String[] args) {
    Examples.quietLoggingWarnings();
    System.exit(run(args, System.out, System::getenv));
  }

  /**
   * Runs the demo, printing to {@code out}.
   *
   * @param env reads an environment variable, for {@code --live}
   * @return {@link #OK}, {@link #FAILED} or {@link #USAGE}
   */
  public static int run(String[] args, PrintStream out, Function<String, String> env) {
    if (args.length == 0) {
      return onMock(out);
    }
    if (args[0].equals("--help") || args[0].equals("-h")) {
      out.println(USAGE_TEXT);
      return OK;
    }
    if (args[0].equals("--live") && args.length <= 2) {
      return args.length == 2 ? liveOne(args[1], out, env) : liveAll(out, env);
    }
    out.println("demo: unexpected arguments " + String.join(" ", args));
    out.println(USAGE_TEXT);
    return USAGE;
  }

  /** Every vendor against a mock started for the run. */
  static int onMock(PrintStream out) {
    long start = System.nanoTime();
    List<Row> all = new ArrayList<>();
    try (VendorMock mock = VendorMock.start()) {
      out.println("Embedded vendor mock on 127.0.0.1:" + mock.port() + " (key '" + VendorMock.API_KEY + "')");
      out.println();
      for (Vendor v : Vendor.values()) {
        CallStats stats = new CallStats();
        try (VendorClient c = v.connect(mock.baseUrl(v), VendorMock.API_KEY,
            quickRetries().andThen(b -> b.listener(stats)))) {
          List<Row> rows = Tour.onMock(c, mock.deletableId(v));
          Table.print(out, v.displayName() + "  " + mock.baseUrl(v), rows, "listener: " + stats.summary());
          all.addAll(rows);
        }
      }
      all.addAll(CatalogTour.onMock(mock, out));
    }
    return summary(out, all, start);
  }

  private static int liveOne(String id, PrintStream out, Function<String, String> env) {
    Vendor v;
    try {
      v = Vendor.of(id);
    } catch (IllegalArgumentException e) {
      out.println("demo: " + e.getMessage());
      return USAGE;
    }
    if (!hasKey(v, env)) {
      out.println("demo: " + v.keyVariable() + " is not set; export it to run the live demo against "
          + v.displayName());
      return USAGE;
    }
    return live(List.of(v), out);
  }

  private static int liveAll(PrintStream out, Function<String, String> env) {
    List<Vendor> vendors = new ArrayList<>();
    List<String> unset = new ArrayList<>();
    for (Vendor v : Vendor.values()) {
      if (hasKey(v, env)) {
        vendors.add(v);
      } else {
        unset.add(v.keyVariable());
      }
    }
    if (vendors.isEmpty()) {
      out.println("demo: no vendor key is set; export one of " + String.join(", ", unset));
      return USAGE;
    }
    return live(vendors, out);
  }

  private static int live(List<Vendor> vendors, PrintStream out) {
    long start = System.nanoTime();
    List<Row> all = new ArrayList<>();
    for (Vendor v : vendors) {
      CallStats stats = new CallStats();
      try (VendorClient c = v.fromEnv(b -> b.timeout(Duration.ofSeconds(30)).listener(stats))) {
        List<Row> rows = Tour.live(c);
        Table.print(out, v.displayName() + " (live, read-only calls)", rows, "listener: " + stats.summary());
        all.addAll(rows);
      } catch (RuntimeException e) { // a client that cannot be built, such as a bad base URL variable
        out.println(v.displayName() + ": " + e.getMessage());
        all.add(new Row("setup", "connect", e.getMessage(), 0, false));
      }
    }
    return summary(out, all, start);
  }

  /** Fast retries, so that the forced 429 costs a tenth of a second rather than the default backoff. */
  static Consumer<ClientBuilder<?, ?>> quickRetries() {
    return b -> b.timeout(Duration.ofSeconds(10)).retry(RetryConfig.builder().maxRetries(2)
        .initialBackoff(Duration.ofMillis(50)).maxBackoff(Duration.ofMillis(500)).build());
  }

  private static boolean hasKey(Vendor v, Function<String, String> env) {
    String key = env.apply(v.keyVariable());
    return key != null && !key.isBlank();
  }

  private static int summary(PrintStream out, List<Row> rows, long start) {
    long failed = rows.stream().filter(r -> !r.ok()).count();
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "%d of %d calls as expected%s, in %.1f s%n", rows.size() - failed, rows.size(),
        failed == 0 ? "" : " (" + failed + " FAILED)", seconds);
    return failed == 0 ? OK : FAILED;
  }
}
