package io.modelsdk.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/** A loopback server answering OpenAI's documented payloads as fast as the JDK's server can. */
final class FixtureServer implements AutoCloseable {
  static final String MODEL = "{\"id\":\"gpt-4o\",\"object\":\"model\",\"created\":1686935002,"
      + "\"owned_by\":\"openai\",\"shutdown_date\":\"2026-10-23\"}";

  private final HttpServer server;

  FixtureServer(int listSize) throws IOException {
    // Without TCP_NODELAY the JDK server's header and body writes meet delayed ACKs, and every call
    // takes ~40 ms whatever the client does.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    StringBuilder list = new StringBuilder("{\"object\":\"list\",\"data\":[");
    for (int i = 0; i < listSize; i++) {
      list.append(i == 0 ? "" : ",").append("{\"id\":\"model-id-").append(i)
          .append("\",\"object\":\"model\",\"created\":1686935002,\"owned_by\":\"organization-owner\",\"shutdown_date\":null}");
    }
    byte[] listBytes = list.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    byte[] modelBytes = MODEL.getBytes(StandardCharsets.UTF_8);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.createContext("/v1/models", exchange -> {
      byte[] body = exchange.getRequestURI().getPath().equals("/v1/models") ? listBytes : modelBytes;
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.getResponseHeaders().add("x-request-id", "req_bench");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
