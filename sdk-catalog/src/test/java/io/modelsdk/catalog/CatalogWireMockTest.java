package io.modelsdk.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * All five vendors and core's test vendor on one WireMock, each under a path of its own, serving its
 * documented list; {@link #env()} is the environment that points every vendor's client at it.
 */
abstract class CatalogWireMockTest {
  @RegisterExtension
  static final WireMockExtension SERVER =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().containerThreads(40)).build();

  /** A key that must never leak; the tests look for it in what the catalog says. */
  static final String KEY = "sk-catalog-canary-0123456789";

  /** Each vendor's name, its list path on the mock, and its payload. */
  static final Map<String, String[]> VENDORS = new LinkedHashMap<>();

  static {
    VENDORS.put("atoma", new String[] {"/atoma/v1/models", "atoma-list.json"});
    VENDORS.put("choreoai", new String[] {"/choreo/v1/models", "choreo-list.json"});
    VENDORS.put("compat", new String[] {"/compat/v1/models", "compat-list.json"});
    VENDORS.put("openai", new String[] {"/openai/v1/models", "openai-list.json"});
    VENDORS.put("rootsignals", new String[] {"/root/v1/models/", "root-list.json"});
    VENDORS.put("scale", new String[] {"/scale/v4/models", "scale-list.json"});
  }

  private ModelCatalog catalog;

  @BeforeEach
  void everyVendorAnswersItsList() {
    VENDORS.forEach((vendor, where) -> answer(vendor, json(200, payload(where[1]))));
  }

  @AfterEach
  void closeCatalog() {
    if (catalog != null) {
      catalog.close();
    }
  }

  /** The catalog the test made, closed after it. */
  ModelCatalog track(ModelCatalog c) {
    catalog = c;
    return c;
  }

  /** Every vendor's key and base URL, pointing at the mock. */
  static Map<String, String> env() {
    String base = SERVER.baseUrl();
    Map<String, String> env = new HashMap<>();
    env.put("OPENAI_API_KEY", KEY);
    env.put("OPENAI_BASE_URL", base + "/openai/v1");
    env.put("ATOMASDK_BEARER_AUTH", KEY);
    env.put("ATOMA_BASE_URL", base + "/atoma");
    env.put("SGP_API_KEY", KEY);
    env.put("SGP_ACCOUNT_ID", "acc_catalog");
    env.put("SGP_CLIENT_BASE_URL", base + "/scale");
    env.put("ROOTSIGNALS_API_KEY", KEY);
    env.put("ROOTSIGNALS_API_URL", base + "/root");
    env.put("CHOREOAI_API_KEY", KEY);
    env.put("CHOREOAI_BASE_URL", base + "/choreo");
    env.put("COMPAT_API_KEY", KEY);
    env.put("COMPAT_BASE_URL", base + "/compat/v1");
    return env;
  }

  static Function<String, String> lookup(Map<String, String> env) {
    return env::get;
  }

  /** Makes {@code vendor}'s list answer {@code response}. */
  static void answer(String vendor, ResponseDefinitionBuilder response) {
    SERVER.stubFor(get(urlPathEqualTo(VENDORS.get(vendor)[0])).willReturn(response));
  }

  static int requestsTo(String vendor) {
    return SERVER.countRequestsMatching(getRequestedFor(urlPathEqualTo(VENDORS.get(vendor)[0])).build()).getCount();
  }

  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  static String payload(String name) {
    try (InputStream in = CatalogWireMockTest.class.getResourceAsStream("/catalog/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
