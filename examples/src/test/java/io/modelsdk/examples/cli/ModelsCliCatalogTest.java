package io.modelsdk.examples.cli;

import static io.modelsdk.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelsdk.examples.Vendor;
import io.modelsdk.examples.mock.SilentServer;
import io.modelsdk.examples.mock.VendorMock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code models catalog} and {@code models find}: every vendor at once, through {@code ModelCatalog.fromEnv},
 * on the embedded mock ({@code --mock}) or on the mock reached through the environment, where one vendor
 * can be made to fail.
 */
class ModelsCliCatalogTest {
  private static final Map<String, String> NO_ENV = Map.of();
  private static final Set<String> ALL_VENDORS = Set.of("openai", "atoma", "scale", "rootsignals", "choreoai");

  private static VendorMock mock;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() {
    mock = VendorMock.start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  /** The mock's environment (every vendor's key and base URL), with {@code changes}; a null value unsets. */
  private static Map<String, String> mockEnv(String... changes) {
    Map<String, String> env = new HashMap<>();
    for (Vendor v : Vendor.values()) {
      env.put(v.keyVariable(), mock.env().apply(v.keyVariable()));
      env.put(v.baseUrlVariable(), mock.env().apply(v.baseUrlVariable()));
    }
    for (int i = 0; i < changes.length; i += 2) {
      env.put(changes[i], changes[i + 1]);
    }
    env.values().removeIf(value -> value == null);
    return env;
  }

  /** The table's rows, each split into its columns. */
  private static List<String[]> rows(String table) {
    List<String[]> rows = new ArrayList<>();
    table.lines().skip(1).forEach(line -> rows.add(line.split(" {2,}")));
    return rows;
  }

  private static String row(String table, String id) {
    return table.lines().filter(l -> l.startsWith(id + " ")).findFirst().orElse("(no row for " + id + ")");
  }

  @Test
  void mockCatalogMergesTheModelsOfAllFiveVendors() {
    CliRun r = run(NO_ENV, "--mock", "catalog");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines().findFirst()).get().asString().matches("ID +VENDORS +OWNED BY");
    List<String[]> rows = rows(r.out());
    assertThat(rows).hasSize(13);
    Set<String> vendors = new TreeSet<>();
    rows.forEach(cells -> vendors.addAll(List.of(cells[1].split(","))));
    assertThat(vendors).isEqualTo(new TreeSet<>(ALL_VENDORS));
    assertThat(row(r.out(), "gpt-4")).matches("gpt-4 +choreoai +openai");
    assertThat(row(r.out(), "model-id-0")).matches("model-id-0 +openai +organization-owner");
    assertThat(row(r.out(), "meta-llama/Llama-3.3-70B-Instruct")).matches("\\S+ +atoma +atoma");
    assertThat(row(r.out(), "mi_01hz8k2n5q")).matches("\\S+ +scale +acc_5f2c");
    assertThat(row(r.out(), "0f5a1d47-3c2e-4b8a-9d61-2a7e5c9b8f10")).matches("\\S+ +rootsignals +system@rootsignals.ai");
  }

  @Test
  void mockCatalogJsonHoldsTheSameModelsAndEachVendorsListing() throws Exception {
    CliRun table = run(NO_ENV, "--mock", "catalog");
    CliRun r = run(NO_ENV, "--mock", "--json", "catalog");

    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode catalog = json.readTree(r.out());
    List<String> tableRows = new ArrayList<>();
    rows(table.out()).forEach(cells -> tableRows.add(String.join(" ", cells)));
    List<String> jsonRows = new ArrayList<>();
    for (JsonNode m : catalog.get("models")) {
      List<String> vendors = new ArrayList<>();
      m.get("vendors").forEach(v -> vendors.add(v.asText()));
      jsonRows.add(m.get("id").asText() + " " + String.join(",", vendors) + " " + m.path("owned_by").asText("-"));
    }
    assertThat(jsonRows).isEqualTo(tableRows);
    assertThat(catalog.get("vendors")).hasSize(5).allSatisfy(v -> {
      assertThat(v.get("models").asInt()).as(v.toString()).isPositive();
      assertThat(v.has("error")).as(v.toString()).isFalse();
    });
    assertThat(catalog.get("skipped")).isEmpty();
    assertThat(catalog.get("elapsed_ms").isNumber()).isTrue();
  }

  @Test
  void mockFindListsTheVendorsOfAnId() throws Exception {
    CliRun r = run(NO_ENV, "--mock", "find", "gpt-4");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines()).containsExactly(
        "VENDOR    OWNED BY  CREATED",
        "choreoai  openai    2023-06-27T16:13:20Z");

    CliRun asJson = run(NO_ENV, "--mock", "--json", "find", "gpt-4");
    JsonNode offers = json.readTree(asJson.out());
    assertThat(offers).hasSize(1);
    assertThat(offers.get(0).get("vendor").asText()).isEqualTo("choreoai");
    assertThat(offers.get(0).get("model").get("owned_by").asText()).isEqualTo("openai");
  }

  @Test
  void anIdNoVendorListsIsOneLineAndExitCodeOne() {
    CliRun r = run(NO_ENV, "--mock", "find", "no-such-model");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).containsExactly("models: no configured vendor lists no-such-model");
  }

  @Test
  void preferPutsTheNamedVendorsFirst() {
    // The ChoreoAI gateway speaks OpenAI's API below /v1: an OpenAI client pointed there lists gpt-4 too.
    Map<String, String> env = mockEnv("OPENAI_BASE_URL", mock.baseUrl(Vendor.CHOREO) + "/v1");

    CliRun catalog = run(env, "catalog");
    assertThat(catalog.exitCode()).as(catalog.err()).isZero();
    assertThat(catalog.out().lines()).anyMatch(l -> l.matches("gpt-4 +choreoai,openai +openai"));
    assertThat(run(env, "find", "gpt-4").out().lines()).extracting(l -> l.split(" ")[0])
        .containsExactly("VENDOR", "choreoai", "openai");
    assertThat(run(env, "find", "gpt-4", "--prefer", "openai").out().lines()).extracting(l -> l.split(" ")[0])
        .containsExactly("VENDOR", "openai", "choreoai");
    assertThat(run(env, "find", "gpt-4", "--prefer", "root,openai,choreo").out().lines())
        .extracting(l -> l.split(" ")[0]).containsExactly("VENDOR", "openai", "choreoai");
  }

  @Test
  void aVendorThatFailsIsNamedOnStderrAndTheOthersStillPrint() {
    CliRun r = run(mockEnv("ATOMASDK_BEARER_AUTH", "wrong-key"), "catalog");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("model-id-0", "gpt-4", "mi_01hz8k2n5q", "0f5a1d47-3c2e-4b8a-9d61-2a7e5c9b8f10")
        .doesNotContain("meta-llama");
    assertThat(r.err().lines()).singleElement().asString()
        .matches("models: atoma failed after \\d+ ms: AuthenticationException: atoma answered 401: .*")
        .doesNotContain("wrong-key");
  }

  @Test
  void aFailedVendorIsNamedInTheJsonToo() throws Exception {
    CliRun r = run(mockEnv("ATOMASDK_BEARER_AUTH", "wrong-key"), "--json", "catalog");

    assertThat(r.exitCode()).isEqualTo(1);
    JsonNode atoma = null;
    for (JsonNode v : json.readTree(r.out()).get("vendors")) {
      if (v.get("vendor").asText().equals("atoma")) {
        atoma = v;
      }
    }
    assertThat(atoma).isNotNull();
    assertThat(atoma.get("error").asText()).startsWith("AuthenticationException: atoma answered 401");
    assertThat(atoma.has("models")).isFalse();
  }

  @Test
  void aFailedVendorIsNamedWhenFindFindsNothing() {
    CliRun r = run(mockEnv("ATOMASDK_BEARER_AUTH", "wrong-key"), "find", "meta-llama/Llama-3.3-70B-Instruct");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().lines()).hasSize(2).last().isEqualTo(
        "models: no configured vendor lists meta-llama/Llama-3.3-70B-Instruct");
    assertThat(r.err().lines().findFirst()).get().asString().startsWith("models: atoma failed after ");
  }

  @Test
  void vendorsWithoutAKeyAreNamedAsSkipped() {
    CliRun r = run(mockEnv("ROOTSIGNALS_API_KEY", null, "SGP_API_KEY", null), "catalog");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("model-id-0").doesNotContain("rootsignals", "mi_01hz8k2n5q");
    assertThat(r.err().lines()).containsExactly(
        "models: rootsignals skipped: no ROOTSIGNALS_API_KEY in the environment",
        "models: scale skipped: no SGP_API_KEY in the environment");
  }

  @Test
  void withNoKeyAtAllNothingIsListed() {
    CliRun r = run(NO_ENV, "catalog");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(6).last().asString().startsWith("models: no vendor to list");
  }

  @Test
  void theDeadlineEndsAVendorThatHangs() {
    try (SilentServer silent = SilentServer.start()) {
      CliRun r = run(mockEnv("ATOMA_BASE_URL", silent.baseUrl()), "catalog", "--deadline", "0.3");

      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.out()).contains("model-id-0", "gpt-4");
      assertThat(r.err().lines()).singleElement().asString().matches("models: atoma failed after \\d+ ms:"
          + " ApiTimeoutException: atoma listing did not end within the catalog's deadline of 300 ms");
    }
  }

  @Test
  void optionsForOneClientAreRefusedBeforeAnyCall() {
    for (String[] args : List.of(
        new String[] {"--mock", "-v", "openai", "catalog"},
        new String[] {"--mock", "catalog", "--timeout", "5"},
        new String[] {"--mock", "find", "gpt-4", "--base-url", "http://127.0.0.1:1/v1", "--max-retries", "0"})) {
      CliRun r = run(NO_ENV, args);

      assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err().lines()).singleElement().asString().containsPattern("--\\S+ does not apply|do not apply")
          .doesNotContain("Exception");
    }
  }

  @Test
  void aDeadlineMustBePositive() {
    CliRun r = run(NO_ENV, "--mock", "catalog", "--deadline", "0");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--deadline");
  }

  @Test
  void helpNamesBothCommands() {
    CliRun help = run(NO_ENV, "--help");
    assertThat(help.out()).contains("catalog", "find");

    CliRun catalogHelp = run(NO_ENV, "catalog", "--help");
    assertThat(catalogHelp.exitCode()).isZero();
    assertThat(catalogHelp.out()).contains("--deadline");

    CliRun findHelp = run(NO_ENV, "find", "--help");
    assertThat(findHelp.out()).contains("--prefer", "<id>");
  }
}
