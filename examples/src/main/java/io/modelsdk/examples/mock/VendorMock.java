package io.modelsdk.examples.mock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.modelsdk.examples.Vendor;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * An in-process mock of all five vendors' models APIs, on one WireMock server on 127.0.0.1 and a free
 * port, each vendor under its own path prefix ({@link #baseUrl(Vendor)}), answering with the vendors'
 * documented payloads (the files of {@code mock/<vendor>/} on the classpath).
 *
 * <pre>{@code
 * try (VendorMock mock = VendorMock.start();
 *     VendorClient c = Vendor.SCALE.connect(mock.baseUrl(Vendor.SCALE), VendorMock.API_KEY, b -> {})) {
 *   c.models().list();
 * }
 * }</pre>
 *
 * <p>Each vendor's stubs want that vendor's own auth header carrying {@link #API_KEY}, and answer 401 in
 * the vendor's error envelope otherwise. Seeded: list; retrieve of every listed model; delete and create
 * where the vendor has them (a create answers with the documented payload, each field the request sent
 * replacing the payload's own); a 404 in the vendor's envelope for unknown ids; pages of any small size
 * for Scale ({@code limit}, page numbers) and Root Signals ({@code page_size}, a {@code next} URL); the
 * vendors' request-id headers. A GET carrying {@value #SCENARIO_HEADER}{@code : }{@value #RATE_LIMIT}
 * answers 429 (the vendor's body, {@code Retry-After: 1} and {@code retry-after-ms: 100}) and the same
 * request again answers as usual, so a client retrying once succeeds; the next such request gets a 429
 * again, so the scenario repeats without a reset.
 */
public final class VendorMock implements AutoCloseable {
  /** The key every vendor's stubs accept. */
  public static final String API_KEY = "mock-key";
  /** The Scale account of the documented payloads, for the Scale calls that need one (a create). */
  public static final String SCALE_ACCOUNT_ID = "acc_5f2c";
  /** The request header that selects a scenario. */
  public static final String SCENARIO_HEADER = "X-Mock-Scenario";
  /** The scenario where a GET answers 429 once, then succeeds. */
  public static final String RATE_LIMIT = "rate-limit";

  private final WireMockServer server;
  private final Map<Vendor, VendorSeed> seeds = new EnumMap<>(Vendor.class);

  private VendorMock(WireMockServer server) {
    this.server = server;
    for (VendorSeed seed : List.of(new OpenAiSeed(), new AtomaSeed(), new ScaleSeed(), new RootSeed(),
        new ChoreoSeed())) {
      seeds.put(seed.vendor(), seed);
    }
  }

  /** Starts the mock on a free port of 127.0.0.1, seeded for every vendor. */
  public static VendorMock start() {
    return start(0);
  }

  /** Starts the mock on {@code port} of 127.0.0.1 (0: a free one), seeded for every vendor. */
  public static VendorMock start(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").port(port)
        .extensions(new EchoSentFields()));
    server.start();
    VendorMock mock = new VendorMock(server);
    try {
      mock.seeds.values().forEach(s -> s.seed(server, mock.origin()));
    } catch (RuntimeException e) {
      server.stop();
      throw e;
    }
    return mock;
  }

  /** The port the mock listens on. */
  public int port() {
    return server.port();
  }

  /** The base URL to give {@code vendor}'s client, such as {@code http://127.0.0.1:PORT/openai/v1}. */
  public String baseUrl(Vendor vendor) {
    return origin() + seeds.get(vendor).basePath();
  }

  /**
   * An environment in which every vendor's {@code fromEnv()} calls this mock: each vendor's key variable
   * holds {@link #API_KEY} and its base-URL variable {@link #baseUrl(Vendor)}; every other variable is
   * unset. For code that configures clients from the environment, such as
   * {@code ModelCatalog.fromEnv(mock.env())}.
   */
  public Function<String, String> env() {
    Map<String, String> env = new HashMap<>();
    for (Vendor v : Vendor.values()) {
      env.put(v.keyVariable(), API_KEY);
      env.put(v.baseUrlVariable(), baseUrl(v));
    }
    return env::get;
  }

  /** A model id the mock accepts a delete of, if {@code vendor} has delete. */
  public Optional<String> deletableId(Vendor vendor) {
    return Optional.ofNullable(seeds.get(vendor).deletableId());
  }

  /** Puts every scenario (the 429-then-200 ones) back to its start. */
  public void resetScenarios() {
    server.resetScenarios();
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.stop();
  }

  private String origin() {
    return "http://127.0.0.1:" + server.port();
  }

  /**
   * Runs the mock in the foreground, printing each vendor's base URL, until Ctrl-C: on the port given as
   * the only argument, else on a free one.
   */
  public static void main(String[] args) throws InterruptedException {
    VendorMock mock = start(args.length > 0 ? Integer.parseInt(args[0]) : 0);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      mock.close();
      stopped.countDown();
    }, "vendor-mock-stop"));
    System.out.println("Vendor mock on port " + mock.port() + ", API key '" + API_KEY + "':");
    for (Vendor v : Vendor.values()) {
      System.out.printf("  %-22s %s%n", v.displayName(), mock.baseUrl(v));
    }
    System.out.println("Try: curl -H 'Authorization: Bearer " + API_KEY + "' " + mock.baseUrl(Vendor.OPENAI)
        + "/models");
    System.out.println("Add the header '" + SCENARIO_HEADER + ": " + RATE_LIMIT
        + "' to a GET for a 429 first. Ctrl-C stops.");
    stopped.await();
  }
}
