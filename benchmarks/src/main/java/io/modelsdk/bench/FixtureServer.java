package io.modelsdk.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A loopback server answering OpenAI's documented payloads as fast as the JDK's server can, one list
 * size per base URL: {@code /{size}/v1/models} lists {@code size} models, {@code /{size}/v1/models/{id}}
 * retrieves one, and {@code /slow/{size}/v1/models} lists after {@value #SLOW_DELAY_MS} ms without
 * holding a thread meanwhile, so that a thousand such calls are served at once. Lists of up to
 * {@value #CACHED_MAX} models are rendered once; longer ones are generated while they are written,
 * chunked, so the server never holds them whole.
 */
final class FixtureServer implements AutoCloseable {
  static final String MODEL = "{\"id\":\"gpt-4o\",\"object\":\"model\",\"created\":1686935002,"
      + "\"owned_by\":\"openai\",\"shutdown_date\":\"2026-10-23\"}";
  static final int SLOW_DELAY_MS = 20;
  private static final int CACHED_MAX = 10_000;
  private static final byte[] MODEL_BYTES = MODEL.getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final ScheduledThreadPoolExecutor pool;
  private final Map<Integer, byte[]> lists = new ConcurrentHashMap<>();
  private final Set<Long> threadIds;

  FixtureServer() throws IOException {
    // Without TCP_NODELAY the JDK server's header and body writes meet delayed ACKs, and every call
    // takes ~40 ms whatever the client does.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    Set<Long> before = liveThreadIds();
    AtomicInteger n = new AtomicInteger();
    pool = new ScheduledThreadPoolExecutor(4, r -> {
      Thread t = new Thread(r, "fixture-server-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    pool.prestartAllCoreThreads();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    // One pool runs the handlers and the delayed answers; a slow answer is a scheduled task, not a sleep.
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
    Set<Long> after = liveThreadIds();
    after.removeAll(before);
    threadIds = Set.copyOf(after);
  }

  /** The base URL under which {@code models().list()} answers {@code listSize} models. */
  String baseUrl(int listSize) {
    return root() + "/" + listSize + "/v1";
  }

  /** Like {@link #baseUrl(int)}, but each list answers after {@value #SLOW_DELAY_MS} ms. */
  String slowBaseUrl(int listSize) {
    return root() + "/slow/" + listSize + "/v1";
  }

  /** The ids of the server's own threads, all started with it, so that client-side figures can leave them out. */
  Set<Long> threadIds() {
    return threadIds;
  }

  private static Set<Long> liveThreadIds() {
    return Arrays.stream(ManagementFactory.getThreadMXBean().getAllThreadIds()).boxed().collect(Collectors.toSet());
  }

  private String root() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String[] parts = exchange.getRequestURI().getPath().split("/");
    boolean slow = parts[1].equals("slow");
    int at = slow ? 2 : 1;
    int size = Integer.parseInt(parts[at]);
    boolean list = parts.length == at + 3;
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("x-request-id", "req_bench");
    if (!list) {
      send(exchange, MODEL_BYTES);
    } else if (slow) {
      pool.schedule(() -> sendList(exchange, size), SLOW_DELAY_MS, TimeUnit.MILLISECONDS);
    } else {
      sendList(exchange, size);
    }
  }

  private void sendList(HttpExchange exchange, int size) {
    try {
      if (size <= CACHED_MAX) {
        send(exchange, lists.computeIfAbsent(size, FixtureServer::render));
      } else {
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 64 * 1024)) {
          out.write("{\"object\":\"list\",\"data\":[".getBytes(StandardCharsets.UTF_8));
          for (int i = 0; i < size; i++) {
            out.write(item(i).getBytes(StandardCharsets.UTF_8));
          }
          out.write("]}".getBytes(StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      exchange.close();
      throw new UncheckedIOException(e);
    }
  }

  private static void send(HttpExchange exchange, byte[] body) throws IOException {
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] render(int size) {
    StringBuilder list = new StringBuilder("{\"object\":\"list\",\"data\":[");
    for (int i = 0; i < size; i++) {
      list.append(item(i));
    }
    return list.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String item(int i) {
    return (i == 0 ? "" : ",") + "{\"id\":\"model-id-" + i
        + "\",\"object\":\"model\",\"created\":1686935002,\"owned_by\":\"organization-owner\",\"shutdown_date\":null}";
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
