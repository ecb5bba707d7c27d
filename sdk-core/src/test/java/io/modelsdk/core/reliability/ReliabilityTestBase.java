package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.internal.Internals;
import io.modelsdk.core.testing.RecordingSleeper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * WireMock, a fake-vendor client factory and the leak check every reliability case ends with: after
 * each test, every client it built must have only idle pooled connections and no running or queued
 * calls on its dispatcher.
 */
abstract class ReliabilityTestBase {
  static final String KEY = "sk-test-canary-123456";
  static final String MODEL_JSON = "{\"id\":\"m1\",\"owned_by\":\"acme\"}";
  static final String ERROR_JSON = "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}";

  /** Enough server threads that the server never caps the client's concurrency (see the G4 case). */
  @RegisterExtension
  static final WireMockExtension SERVER = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().containerThreads(150))
      .build();

  protected RecordingSleeper sleeper;
  private final List<FakeClient> clients = new ArrayList<>();

  @BeforeEach
  void newSleeper() {
    sleeper = new RecordingSleeper();
  }

  @AfterEach
  void checkNothingLeakedAndClose() {
    try {
      for (FakeClient c : clients) {
        Leaks.assertNoneIn(Internals.http(c.runtime()));
      }
    } finally {
      clients.forEach(FakeClient::close);
    }
  }

  /** A client against WireMock with the recording sleeper, adjusted by {@code config}. */
  protected FakeClient client(UnaryOperator<FakeClient.Builder> config) {
    FakeClient c = config.apply(FakeClient.builder().apiKey(KEY).baseUrl(SERVER.baseUrl()).sleeper(sleeper)).build();
    clients.add(c);
    return c;
  }

  protected FakeClient client() {
    return client(b -> b);
  }

  /** Remembers a client built elsewhere (another base URL) for the leak check. */
  protected FakeClient track(FakeClient c) {
    clients.add(c);
    return c;
  }

  static MappingBuilder retrieveM1() {
    return get(urlPathEqualTo("/models/m1"));
  }

  static MappingBuilder createModel() {
    return post(urlPathEqualTo("/models"));
  }

  static ResponseDefinitionBuilder ok() {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(MODEL_JSON);
  }

  static ResponseDefinitionBuilder error(int status) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(ERROR_JSON);
  }

  /** Answers matching requests with {@code responses} in order; the last one repeats. */
  static void stubSequence(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... responses) {
    String scenario = "sequence-" + UUID.randomUUID();
    for (int i = 0; i < responses.length; i++) {
      ScenarioMappingBuilder m = request.get().inScenario(scenario)
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "step-" + i)
          .willReturn(responses[i]);
      if (i < responses.length - 1) {
        m = m.willSetStateTo("step-" + (i + 1));
      }
      SERVER.stubFor(m);
    }
  }

  /** Requests WireMock has received so far. */
  static int requests() {
    return SERVER.findAll(anyRequestedFor(anyUrl())).size();
  }

  static OkHttpClient http(FakeClient c) {
    return Internals.http(c.runtime());
  }
}
