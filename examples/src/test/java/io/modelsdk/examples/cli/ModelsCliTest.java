package io.modelsdk.examples.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.modelsdk.examples.cli.CliRun.fixture;
import static io.modelsdk.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.modelsdk.examples.Vendor;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code models} command against WireMock, with the vendors' documented payloads. */
class ModelsCliTest {
  private static final String OPENAI_KEY = "sk-cli-test-7f3a9c";
  private static final String ROOT_KEY = "rs-cli-test-b21e";
  private static final String ATOMA_KEY = "atoma-cli-test-55d0";
  private static final String SCALE_KEY = "sgp-cli-test-0c4d";
  private static final String CREATED_1686935002 = Instant.ofEpochSecond(1686935002).toString();

  private static WireMockServer server;
  private Map<String, String> env;
  private final ObjectMapper json = new ObjectMapper();
  private CliRun last;

  @BeforeAll
  static void startServer() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @BeforeEach
  void setUp() {
    server.resetAll();
    env = Map.of(
        "OPENAI_API_KEY", OPENAI_KEY,
        "OPENAI_BASE_URL", server.baseUrl() + "/v1",
        "ROOTSIGNALS_API_KEY", ROOT_KEY,
        "ROOTSIGNALS_API_URL", server.baseUrl(),
        "ATOMASDK_BEARER_AUTH", ATOMA_KEY,
        "SGP_API_KEY", SCALE_KEY,
        "SGP_CLIENT_BASE_URL", server.baseUrl(),
        "MODEL_KEY_FOR_ROOT", "something secret");
  }

  /** No run ever shows a key, whatever it printed. */
  @AfterEach
  void noKeyPrinted() {
    if (last != null) {
      for (String key : List.of(OPENAI_KEY, ROOT_KEY, ATOMA_KEY, SCALE_KEY, "something secret")) {
        assertThat(last.out()).doesNotContain(key);
        assertThat(last.err()).doesNotContain(key);
      }
    }
  }

  private CliRun models(String... args) {
    last = run(env, args);
    return last;
  }

  private void stubOpenAi(String path, String fixture) {
    server.stubFor(get(urlEqualTo("/v1/models" + path)).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(fixture(fixture))));
  }

  @Test
  void atomaTakesItsBaseUrlFromAtomaBaseUrl() {
    stubOpenAi("", "openai-list.json"); // Atoma's list has OpenAI's shape, at {base}/v1/models
    env = new HashMap<>(env);
    env.put("ATOMA_BASE_URL", server.baseUrl());

    CliRun r = models("-v", "atoma", "list");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("model-id-2");
    server.verify(getRequestedFor(urlEqualTo("/v1/models"))
        .withHeader("Authorization", equalTo("Bearer " + ATOMA_KEY)));
  }

  @Test
  void listPrintsAnAlignedTable() {
    stubOpenAi("", "openai-list.json");

    CliRun r = models("list");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines()).containsExactly(
        "ID          NAME  OWNED BY            CREATED",
        "model-id-0  -     organization-owner  " + CREATED_1686935002,
        "model-id-1  -     organization-owner  " + CREATED_1686935002,
        "model-id-2  -     openai              " + CREATED_1686935002);
    server.verify(getRequestedFor(urlEqualTo("/v1/models"))
        .withHeader("Authorization", equalTo("Bearer " + OPENAI_KEY)));
  }

  @Test
  void listShowsADashForWhatTheVendorDoesNotSay() {
    server.stubFor(get(urlPathEqualTo("/v1/models/")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(fixture("root-list.json"))));

    CliRun r = models("--vendor", "root", "list");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines()).containsExactly(
        "ID                                    NAME           OWNED BY               CREATED",
        "0f5a1d47-3c2e-4b8a-9d61-2a7e5c9b8f10  gpt-4o         system@rootsignals.ai  -",
        "7c9e6679-7425-40de-944b-e07fc1f90ae7  my-custom-gpt  jane@example.com       -");
  }

  @Test
  void listWalksEveryPageAndLimitStopsFetching() {
    // Root Signals pages by cursor: the first page's "next" is sent back as cursor= (cD00ODY= is the
    // spec's example); the second page ends the list.
    String page2 = fixture("root-list.json");
    String page1 = fixture("root-list.json").replace("\"next\": null", "\"next\": \"cD00ODY=\"")
        .replace("0f5a1d47", "aaaaaaaa").replace("7c9e6679", "bbbbbbbb");
    server.stubFor(get(urlEqualTo("/v1/models/")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(page1)));
    server.stubFor(get(urlEqualTo("/v1/models/?cursor=cD00ODY%3D")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(page2)));

    CliRun all = models("-v", "root", "list");

    assertThat(all.exitCode()).as(all.err()).isZero();
    assertThat(all.out().lines().skip(1).map(l -> l.substring(0, 8)))
        .containsExactly("aaaaaaaa", "bbbbbbbb", "0f5a1d47", "7c9e6679");

    server.resetRequests();
    CliRun two = models("-v", "root", "list", "--limit", "2");

    assertThat(two.out().lines()).hasSize(3);
    server.verify(1, getRequestedFor(urlPathEqualTo("/v1/models/")));
  }

  @Test
  void aFailureHalfWayLeavesTheJsonArrayOpenAndExitsOne() {
    String page1 = fixture("root-list.json").replace("\"next\": null", "\"next\": \"cD00ODY=\"");
    server.stubFor(get(urlEqualTo("/v1/models/")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(page1)));
    server.stubFor(get(urlEqualTo("/v1/models/?cursor=cD00ODY%3D")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/problem+json")
        .withBody(fixture("root-error-404-not-found.json"))));

    CliRun r = models("-v", "root", "--json", "list");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).startsWith("[").contains("7c9e6679");
    assertThatThrownBy(() -> json.readTree(r.out())).as("an unterminated array").isNotNull();
    assertThat(r.err().lines()).singleElement().asString().startsWith("models: NotFoundException: ");
  }

  @Test
  void listJsonIsOneArrayOfTheVendorsModels() throws Exception {
    stubOpenAi("", "openai-list.json");

    CliRun r = models("--json", "list");

    assertThat(r.exitCode()).isZero();
    JsonNode array = json.readTree(r.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(3);
    JsonNode expected = json.readTree(fixture("openai-list.json")).get("data");
    assertThat(array.get(0).get("id").asText()).isEqualTo("model-id-0");
    assertThat(array.get(0).get("created").asLong()).isEqualTo(1686935002L);
    assertThat(array.get(0).get("owned_by").asText()).isEqualTo("organization-owner");
    assertThat(array.get(2).get("shutdown_date")).isEqualTo(expected.get(2).get("shutdown_date"));
  }

  @Test
  void listLimitStopsAfterNModels() {
    stubOpenAi("", "openai-list.json");

    CliRun r = models("list", "--limit", "2");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines()).hasSize(3).last().asString().startsWith("model-id-1");
  }

  @Test
  void globalOptionsMayFollowTheCommand() {
    stubOpenAi("", "openai-list.json");

    CliRun r = models("list", "--json", "--limit", "1");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("[").contains("\"model-id-0\"").doesNotContain("model-id-1");
  }

  @Test
  void getPrintsOneModel() {
    stubOpenAi("/VAR_chat_model_id", "openai-retrieve.json");

    CliRun r = models("get", "VAR_chat_model_id");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines()).containsExactly(
        "ID                 NAME  OWNED BY  CREATED",
        "VAR_chat_model_id  -     openai    " + CREATED_1686935002);
  }

  @Test
  void getJsonPrintsTheVendorsObject() throws Exception {
    stubOpenAi("/VAR_chat_model_id", "openai-retrieve.json");

    CliRun r = models("get", "--json", "VAR_chat_model_id");

    assertThat(r.exitCode()).isZero();
    assertThat(json.readTree(r.out())).isEqualTo(json.readTree(fixture("openai-retrieve.json")));
  }

  @Test
  void notFoundIsOneLineWithTheVendorsMessageAndExitOne() {
    server.stubFor(get(urlEqualTo("/v1/models/gpt-9")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withHeader("x-request-id", "req_123")
        .withBody(fixture("openai-error-404.json"))));

    CliRun r = models("get", "gpt-9");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).singleElement().asString()
        .startsWith("models: NotFoundException: ")
        .contains("The model 'gpt-9' does not exist")
        .contains("req_123");
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain(" at io.");
  }

  @Test
  void rootProblemDetailsReachTheLineToo() {
    server.stubFor(get(urlEqualTo("/v1/models/nope/")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/problem+json")
        .withBody(fixture("root-error-404-not-found.json"))));

    CliRun r = models("-v", "root", "get", "nope");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().lines()).singleElement().asString()
        .startsWith("models: NotFoundException: ").contains("Not found.").contains("not_found");
  }

  @Test
  void verbosePrintsTheStackTrace() {
    server.stubFor(get(urlEqualTo("/v1/models/gpt-9")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody(fixture("openai-error-404.json"))));

    CliRun r = models("--verbose", "get", "gpt-9");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().lines().findFirst()).hasValueSatisfying(
        l -> assertThat(l).startsWith("models: NotFoundException: "));
    assertThat(r.err()).contains("\tat ").contains("io.modelsdk.core.errors.NotFoundException");
  }

  @Test
  void missingKeyNamesTheVariableWithoutCallingAnything() {
    last = run(Map.of("OPENAI_BASE_URL", server.baseUrl() + "/v1"), "list");

    assertThat(last.exitCode()).isEqualTo(1);
    assertThat(last.err().lines()).singleElement().asString()
        .startsWith("models: ").contains("OPENAI_API_KEY");
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void missingKeyOfAnotherVendorNamesItsVariable() {
    last = run(Map.of("MODELS_VENDOR", "scale"), "list");

    assertThat(last.exitCode()).isEqualTo(1);
    assertThat(last.err()).contains("SGP_API_KEY").doesNotContain("OPENAI");
  }

  @Test
  void unknownVendorIsAUsageError() {
    CliRun r = models("--vendor", "bogus", "list");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines()).singleElement().asString().contains("bogus").contains("openai, atoma");
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void unknownVendorInTheEnvironmentIsAUsageErrorToo() {
    last = run(Map.of("MODELS_VENDOR", "bogus", "OPENAI_API_KEY", OPENAI_KEY), "list");

    assertThat(last.exitCode()).isEqualTo(2);
    assertThat(last.err()).contains("MODELS_VENDOR").contains("bogus");
  }

  @Test
  void vendorComesFromTheEnvironmentWhenNotGiven() {
    server.stubFor(get(urlPathEqualTo("/v1/models/")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(fixture("root-list.json"))));
    env = new HashMap<>(env);
    env.put("MODELS_VENDOR", "ROOT");

    CliRun r = models("list");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("jane@example.com");
    server.verify(getRequestedFor(urlPathEqualTo("/v1/models/"))
        .withHeader("Authorization", equalTo("Api-Key " + ROOT_KEY)));
  }

  @Test
  void unknownOptionAndMissingCommandAreUsageErrors() {
    assertThat(models("list", "--bogus").exitCode()).isEqualTo(2);
    assertThat(last.err()).contains("--bogus");
    assertThat(models().exitCode()).isEqualTo(2);
    assertThat(last.err()).contains("Missing command");
  }

  @Test
  void createOnRootSendsTheDocumentedBody() throws Exception {
    server.stubFor(post(urlEqualTo("/v1/models/")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(fixture("root-created.json"))));

    CliRun r = models("--vendor", "root", "--json", "create", "--name", "my-custom-gpt",
        "--model", "gpt-4-turbo", "--default-key-env", "MODEL_KEY_FOR_ROOT");

    assertThat(r.exitCode()).as(r.err()).isZero();
    server.verify(postRequestedFor(urlEqualTo("/v1/models/"))
        .withHeader("Authorization", equalTo("Api-Key " + ROOT_KEY))
        .withRequestBody(equalToJson(fixture("root-create-request.json"))));
    JsonNode created = json.readTree(r.out());
    assertThat(created.get("id").asText()).isEqualTo("3fa85f64-5717-4562-b3fc-2c963f66afa6");
    assertThat(created.get("model").asText()).isEqualTo("gpt-4-turbo");
  }

  @Test
  void createOnRootRefusesBadValuesBeforeAnyRequest() {
    CliRun r = models("-v", "root", "create", "--name", "x", "--max-output-tokens", "10");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines()).singleElement().asString().contains("800");
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void createOnRootRefusesScaleOptions() {
    CliRun r = models("-v", "root", "create", "--name", "x", "--type", "COMPLETION");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--vendor scale");
  }

  @Test
  void createOnScaleSendsItsBody() {
    server.stubFor(post(urlEqualTo("/v4/models")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(fixture("scale-create.json"))));

    CliRun r = models("-v", "scale", "create", "--name", "my-model", "--type", "completion",
        "--account-id", "acc_5f2c", "--description", "tuned for tickets", "--template-id", "tmpl_42");

    assertThat(r.exitCode()).as(r.err()).isZero();
    server.verify(postRequestedFor(urlEqualTo("/v4/models"))
        .withHeader("x-api-key", equalTo(SCALE_KEY))
        .withRequestBody(equalToJson("{\"account_id\": \"acc_5f2c\", \"model_type\": \"COMPLETION\","
            + " \"name\": \"my-model\", \"description\": \"tuned for tickets\", \"model_template_id\": \"tmpl_42\"}")));
    assertThat(r.out().lines()).element(1).asString()
        .isEqualTo("mi_04new0model  my-model  acc_5f2c  2024-08-01T10:00:00Z");
  }

  @Test
  void createOnScaleNeedsAType() {
    CliRun r = models("-v", "scale", "create", "--name", "my-model");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--type");
  }

  @Test
  void createElsewhereIsNotSupportedWithoutARequest() {
    CliRun r = models("create", "--name", "x");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().lines()).singleElement().asString()
        .isEqualTo("models: OperationNotSupportedException: openai does not support the models operation 'create'");
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void deleteOnAtomaIsNotSupportedWithoutARequest() {
    CliRun r = models("--vendor", "atoma", "--base-url", server.baseUrl(), "delete", "some/model");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().lines()).singleElement().asString()
        .startsWith("models: OperationNotSupportedException: ").contains("atoma").contains("delete");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void deleteSaysWhatWasDeletedWhateverTheVendorAnswered() throws Exception {
    String id = "ft:gpt-4o-mini:acemeco:suffix:abc123";
    server.stubFor(delete(urlEqualTo("/v1/models/" + id)).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(fixture("openai-delete.json"))));
    server.stubFor(delete(urlEqualTo("/v1/models/abc/")).willReturn(aResponse().withStatus(204)));

    assertThat(models("delete", id).out()).isEqualTo("deleted " + id + System.lineSeparator());
    assertThat(models("-v", "root", "delete", "abc").out()).isEqualTo("deleted abc" + System.lineSeparator());
    assertThat(json.readTree(models("--json", "delete", id).out()))
        .isEqualTo(json.readTree("{\"id\": \"" + id + "\", \"deleted\": true}"));
    assertThat(json.readTree(models("-v", "root", "--json", "delete", "abc").out()))
        .isEqualTo(json.readTree("{\"id\": \"abc\", \"deleted\": true}"));
    server.verify(deleteRequestedFor(urlEqualTo("/v1/models/abc/")));
  }

  @Test
  void baseUrlOptionWinsOverTheEnvironment() {
    server.stubFor(get(urlEqualTo("/other/models")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(fixture("openai-list.json"))));

    CliRun r = models("--base-url", server.baseUrl() + "/other", "list");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("model-id-2");
  }

  @Test
  void plainHttpToAnotherHostNeedsTheOption() {
    CliRun r = models("--base-url", "http://models.internal.example/v1", "list");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().lines()).singleElement().asString()
        .contains("plain http").contains("--allow-insecure-http").doesNotContain("allowInsecureHttp(");
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void timeoutAndRetriesReachTheClient() {
    server.stubFor(get(urlEqualTo("/v1/models")).willReturn(aResponse().withStatus(500)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\": {\"message\": \"boom\", \"type\": \"server_error\"}}")));

    CliRun r = models("--max-retries", "0", "--timeout", "5", "list");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("models: InternalServerException: ").contains("boom");
    server.verify(1, getRequestedFor(urlEqualTo("/v1/models")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "abc | expected a duration such as 30s, 500ms or 2m, got 'abc'",
      "5x  | expected a duration such as 30s, 500ms or 2m, got '5x'",
      "0   | expected a duration above zero, such as 30s, 500ms or 2m, got '0'",
      "-5  | expected a duration above zero, such as 30s, 500ms or 2m, got '-5'",
      "0ms | expected a duration above zero, such as 30s, 500ms or 2m, got '0ms'"})
  void anInvalidTimeoutIsOnePlainLine(String value, String why) {
    CliRun r = models("--timeout", value, "list");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines()).singleElement().asString()
        .startsWith("models: --timeout: " + why).doesNotContain("Exception").doesNotContain("BigDecimal");
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"30s", "500ms", "2m", "1.5", "5"})
  void aTimeoutTakesAUnitOrBareSeconds(String value) {
    stubOpenAi("", "openai-list.json");

    CliRun r = models("--timeout", value, "list");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("model-id-2");
  }

  @Test
  void durationsAreReadInWholeMilliseconds() {
    DurationConverter c = new DurationConverter();

    assertThat(c.convert("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(c.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(c.convert("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(c.convert("2.5")).isEqualTo(Duration.ofMillis(2500));
    assertThat(c.convert("0.3")).isEqualTo(Duration.ofMillis(300));
    assertThat(c.convert(" 1H ")).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aBadValueOfAnotherOptionIsOnePlainLineToo() {
    CliRun r = models("--max-retries", "many", "list");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines()).singleElement().asString().startsWith("models: --max-retries: ")
        .contains("'many'").doesNotContain("Invalid value for option");
  }

  @ParameterizedTest
  @CsvSource({
      "rootsignals, /v1/models/", "root-signals, /v1/models/", "ROOT, /v1/models/",
      "sgp, /v4/models", "scale-gp, /v4/models"})
  void vendorAliasesCallTheVendor(String alias, String path) {
    server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(path.startsWith("/v4")
            ? "{\"items\": [], \"total_item_count\": 0, \"current_page\": 1, \"items_per_page\": 100}"
            : fixture("root-list.json"))));

    CliRun r = models("-v", alias, "list");

    assertThat(r.exitCode()).as(r.err()).isZero();
    server.verify(getRequestedFor(urlPathEqualTo(path)));
  }

  @Test
  void everyAliasNamesAVendorAndTheHelpListsIt() {
    for (String name : Vendor.names()) {
      assertThat(new VendorConverter().convert(name.toUpperCase(java.util.Locale.ROOT))).isNotNull();
      assertThat(Vendor.NAMES).containsPattern("\\b" + java.util.regex.Pattern.quote(name) + "\\b");
    }
    assertThat(new VendorConverter().convert("choreoai")).isEqualTo(Vendor.CHOREO);
    assertThat(models("--help").out()).contains("rootsignals", "root-signals", "sgp", "scale-gp", "choreoai");
  }

  @Test
  void versionAndHelp() {
    CliRun version = models("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("models ");

    CliRun help = models("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("list", "get", "create", "delete", "OPENAI_API_KEY", "MODELS_VENDOR");

    CliRun createHelp = models("create", "--help");
    assertThat(createHelp.exitCode()).as(createHelp.err()).isZero();
    assertThat(createHelp.out()).contains("--default-key-env", "--type");
    server.verify(0, anyRequestedFor(anyUrl()));
  }
}
