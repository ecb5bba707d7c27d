package io.modelsdk.examples.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.Collections;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes one vendor's stubs under its path prefix: answers that require the vendor's exact auth header,
 * each GET with a twin that answers 429 once when asked by {@value VendorMock#SCENARIO_HEADER}, a 404 for
 * anything else and a 401 for a missing or wrong key, both in the vendor's error envelope.
 */
final class VendorStubs {
  /** WireMock tries lower numbers first. */
  private static final int RATE_LIMITED = 1;
  private static final int ANSWER = 5;
  private static final int NOT_FOUND = 8;
  private static final int UNAUTHORIZED = 9;

  private static final String TEMPLATE = "response-template";
  /** Every vendor path is {@code /<prefix>/<version>/models/<id>}: the id is path segment 3. */
  private static final String MODEL_ID = "{{{request.pathSegments.[3]}}}";
  private static final String SERVED_429 = "served 429";

  private final WireMockServer server;
  private final String basePath;
  private final String authHeader;
  private final String authValue;
  private final String requestIdHeader;
  private final String rateLimitBody;
  private int stubs;

  /**
   * @param basePath the path of the vendor's base URL on the mock, such as {@code /openai/v1}
   * @param requestIdHeader the vendor's request-id header, or null if it sends none
   * @param rateLimitBody the vendor's 429 body
   */
  VendorStubs(WireMockServer server, String basePath, String authHeader, String authValue,
      String requestIdHeader, String rateLimitBody) {
    this.server = server;
    this.basePath = basePath;
    this.authHeader = authHeader;
    this.authValue = authValue;
    this.requestIdHeader = requestIdHeader;
    this.rateLimitBody = rateLimitBody;
  }

  /**
   * A query value that is a whole number above {@code n} (n from 0 to 8): a page size larger than the
   * documented list, which then comes whole.
   */
  static StringValuePattern numberAbove(int n) {
    if (n < 0 || n > 8) {
      throw new IllegalArgumentException("n must be 0..8: " + n);
    }
    return matching("0*([" + (n + 1) + "-9]|[1-9][0-9]+)");
  }

  /** A GET of {@code path} (below the base path) answering 200 with {@code body}, and its 429 twin. */
  void get(String path, String body) {
    get(path, Collections.emptyMap(), body);
  }

  /** A GET of {@code path} with the query {@code query} answering 200 with {@code body}, and its 429 twin. */
  void get(String path, Map<String, StringValuePattern> query, String body) {
    stubFor(authorized("GET", path, query).atPriority(ANSWER), json(200, body));
    String scenario = basePath + " GET " + path + " " + query + " #" + stubs;
    stubFor(authorized("GET", path, query).atPriority(RATE_LIMITED)
        .withHeader(VendorMock.SCENARIO_HEADER, equalTo(VendorMock.RATE_LIMIT))
        .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willSetStateTo(SERVED_429),
        json(429, rateLimitBody).withHeader("Retry-After", "1").withHeader("retry-after-ms", "100"));
    stubFor(authorized("GET", path, query).atPriority(RATE_LIMITED)
        .withHeader(VendorMock.SCENARIO_HEADER, equalTo(VendorMock.RATE_LIMIT))
        .inScenario(scenario).whenScenarioStateIs(SERVED_429).willSetStateTo(Scenario.STARTED),
        json(200, body));
  }

  /** A call of {@code method} on {@code path} answering {@code status} with {@code body} (null for none). */
  void answer(String method, String path, int status, String body) {
    ResponseDefinitionBuilder response =
        body == null ? withRequestId(aResponse().withStatus(status)) : json(status, body);
    stubFor(authorized(method, path, Collections.emptyMap()).atPriority(ANSWER), response);
  }

  /**
   * A create on {@code path} answering {@code status} with {@code body}, each of its fields replaced by
   * the one the request sent, if any ({@link EchoSentFields}).
   */
  void created(String path, int status, String body) {
    stubFor(authorized("POST", path, Collections.emptyMap()).atPriority(ANSWER),
        json(status, body).withTransformers(EchoSentFields.NAME));
  }

  /**
   * Any other authorized call answers 404 with {@code body}, in which {@code MODEL_ID} becomes the id of
   * the path.
   */
  void notFound(String body) {
    String templated = body.replace("MODEL_ID", MODEL_ID);
    stubFor(any(urlPathMatching(Pattern.quote(prefix()) + "/.*"))
        .withHeader(authHeader, equalTo(authValue)).atPriority(NOT_FOUND),
        json(404, templated).withTransformers(TEMPLATE));
  }

  /** Any call without the vendor's auth header carrying {@link VendorMock#API_KEY} answers 401 with {@code body}. */
  void unauthorized(String body) {
    stubFor(any(urlPathMatching(Pattern.quote(prefix()) + "/.*")).atPriority(UNAUTHORIZED), json(401, body));
  }

  /** The first path segment, such as {@code /openai}. */
  private String prefix() {
    int slash = basePath.indexOf('/', 1);
    return slash < 0 ? basePath : basePath.substring(0, slash);
  }

  private MappingBuilder authorized(String method, String path, Map<String, StringValuePattern> query) {
    MappingBuilder m = request(method, urlPathEqualTo(basePath + path)).withHeader(authHeader, equalTo(authValue));
    query.forEach(m::withQueryParam);
    return m;
  }

  private ResponseDefinitionBuilder json(int status, String body) {
    return withRequestId(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody(body));
  }

  private ResponseDefinitionBuilder withRequestId(ResponseDefinitionBuilder response) {
    return requestIdHeader == null ? response
        : response.withHeader(requestIdHeader, "req_mock_" + prefix().substring(1) + "_" + stubs);
  }

  private void stubFor(MappingBuilder mapping, ResponseDefinitionBuilder response) {
    stubs++;
    server.stubFor(mapping.willReturn(response));
  }
}
