package io.modelsdk.core.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every vendor module's WireMock tests share: a server, a {@link RecordingSleeper} so that retries
 * never wait, and the test's client, built on first use and closed after the test. The vendor's
 * subclass says how to build that client and adds its fixtures' values.
 *
 * @param <C> the vendor's client type
 */
public abstract class VendorWireMockTest<C extends AutoCloseable> {
  @RegisterExtension
  protected static final WireMockExtension SERVER =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  protected final RecordingSleeper sleeper = new RecordingSleeper();
  private C client;

  /** A client with default settings against {@link #SERVER}, using {@link #sleeper}. */
  protected abstract C newClient();

  /**
   * The classpath resource of the vendor's OpenAPI document, which every request a test sends must
   * follow, unless the test is marked {@link OffSpec}.
   */
  protected abstract String openApiSpec();

  /** The test's client with default settings, built on first use and closed after the test. */
  protected C client() {
    if (client == null) {
      client = newClient();
    }
    return client;
  }

  @AfterEach
  void closeClient() throws Exception {
    if (client != null) {
      client.close();
    }
  }

  /** Every request the test sent is one the vendor's OpenAPI document allows. */
  @AfterEach
  void requestsFollowTheSpec(TestInfo test) {
    if (!test.getTestMethod().filter(m -> m.isAnnotationPresent(OffSpec.class)).isPresent()) {
      OpenApiRequests.of(openApiSpec()).assertAllowed(
          SERVER.getAllServeEvents().stream().map(e -> e.getRequest()).collect(Collectors.toList()));
    }
  }

  protected static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  /** Answers every request with {@code answers} in order; the last one repeats. */
  protected static void answerInOrder(ResponseDefinitionBuilder... answers) {
    for (int i = 0; i < answers.length; i++) {
      ScenarioMappingBuilder stub = any(anyUrl()).inScenario("in order")
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "answer " + i);
      if (i < answers.length - 1) {
        stub = stub.willSetStateTo("answer " + (i + 1));
      }
      SERVER.stubFor(stub.willReturn(answers[i]));
    }
  }

  /** The one request the server received; fails if it received none or several. */
  protected static LoggedRequest onlyRequest() {
    List<LoggedRequest> all = SERVER.getAllServeEvents().stream().map(e -> e.getRequest()).toList();
    assertThat(all).hasSize(1);
    return all.get(0);
  }
}
