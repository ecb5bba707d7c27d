package io.modelsdk.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.modelsdk.core.Sleeper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * What every vendor's examples test shares: a WireMock server on a free port (one per test class, reset
 * before each test), a client of the vendor pointed at it that never waits for a retry backoff, the
 * vendor's documented payloads from {@code src/test/resources/examples/<vendor>/}, and a way to run an
 * example and get what it printed.
 *
 * @param <C> the vendor's client type
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ExamplesWireMockTest<C extends AutoCloseable> {
  /** The key the test clients send; tests check it arrives in the vendor's auth header. */
  protected static final String KEY = "test-key";

  /** Retries in the tests do not wait for their backoff. */
  protected static final Sleeper NO_WAIT = new Sleeper() {
    @Override
    public void sleep(Duration duration) {}

    @Override
    public CompletableFuture<Void> sleepAsync(Duration duration) {
      return CompletableFuture.completedFuture(null);
    }
  };

  protected WireMockServer server;
  protected C client;

  private final String vendor;

  protected ExamplesWireMockTest(String vendor) {
    this.vendor = vendor;
  }

  /** A client of the vendor for {@code baseUrl} (the mock's root), with {@link #KEY} and {@link #NO_WAIT}. */
  protected abstract C newClient(String baseUrl);

  @BeforeAll
  void startServer() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
  }

  @AfterAll
  void stopServer() {
    server.stop();
  }

  @BeforeEach
  void openClient() {
    server.resetAll();
    client = newClient(server.baseUrl());
  }

  @AfterEach
  void closeClient() throws Exception {
    client.close();
  }

  /** Runs an example with a print stream and answers what it printed. */
  protected static String output(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      example.accept(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The vendor's payload {@code name} from {@code src/test/resources/examples/<vendor>/}. */
  protected String fixture(String name) {
    String path = "/examples/" + vendor + "/" + name;
    try (InputStream in = ExamplesWireMockTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON answer with the given status and body. */
  protected static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  /** A 200 answer with the vendor's payload {@code name}. */
  protected ResponseDefinitionBuilder ok(String name) {
    return json(200, fixture(name));
  }

  /** An answer with the vendor's payload {@code name} and the given status. */
  protected ResponseDefinitionBuilder status(int status, String name) {
    return json(status, fixture(name));
  }

  /** Stubs a call. */
  protected void stub(MappingBuilder mapping) {
    server.stubFor(mapping);
  }

  /** Answers the first {@code call} with {@code failure} and every later one with {@code success}. */
  protected void failOnce(Supplier<MappingBuilder> call, ResponseDefinitionBuilder failure,
      ResponseDefinitionBuilder success) {
    server.stubFor(call.get().inScenario("fails once").whenScenarioStateIs(Scenario.STARTED).willReturn(failure)
        .willSetStateTo("recovered"));
    server.stubFor(call.get().inScenario("fails once").whenScenarioStateIs("recovered").willReturn(success));
  }

  /** Forgets the stubs and requests so far, answers every request with {@code response}, and runs the example. */
  protected String outputWhenAnswered(ResponseDefinitionBuilder response, Consumer<PrintStream> example) {
    server.resetAll();
    answerEverything(response);
    return output(example);
  }

  /** Answers every request with {@code response}, for the error examples. */
  protected void answerEverything(ResponseDefinitionBuilder response) {
    server.stubFor(any(anyUrl()).willReturn(response));
  }

  /** Like {@link #outputWhenAnswered}, with every connection reset: the call fails below HTTP. */
  protected String outputWhenConnectionsReset(Consumer<PrintStream> example) {
    return outputWhenAnswered(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), example);
  }

  /** The requests the mock received, oldest first. */
  protected List<LoggedRequest> requests() {
    List<LoggedRequest> all = server.getAllServeEvents().stream().map(e -> e.getRequest())
        .collect(Collectors.toCollection(ArrayList::new));
    Collections.reverse(all); // WireMock lists the newest first
    return all;
  }

  /** The requests the mock received, oldest first, as {@code METHOD url}. */
  protected List<String> requestLines() {
    return requests().stream().map(r -> r.getMethod().value() + " " + r.getUrl()).collect(Collectors.toList());
  }
}
