package io.modelsdk.examples.cli;

import static io.modelsdk.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelsdk.examples.Vendor;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code models --mock}: every vendor's commands against the embedded mock, with no key set. */
class ModelsCliMockTest {
  private static final Map<String, String> NO_ENV = Map.of();
  private static final String NL = System.lineSeparator();
  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @CsvSource({
      "openai, model-id-0",
      "atoma, meta-llama/Llama-3.3-70B-Instruct",
      "scale, mi_01hz8k2n5q",
      "root, 0f5a1d47-3c2e-4b8a-9d61-2a7e5c9b8f10",
      "choreo, gpt-4"})
  void listsAndGetsEveryVendorsDocumentedModelsWithoutAKey(String vendor, String id) {
    CliRun list = run(NO_ENV, "--mock", "-v", vendor, "list");
    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(list.out()).startsWith("ID").contains(id);

    CliRun get = run(NO_ENV, "--mock", "-v", vendor, "get", list.out().lines().skip(1).findFirst().orElseThrow()
        .split(" ")[0]);
    assertThat(get.exitCode()).as(get.err()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void anUnknownIdIsOneLineAndExitCodeOne(Vendor vendor) {
    CliRun get = run(NO_ENV, "--mock", "-v", vendor.id(), "get", "no-such-model");

    assertThat(get.exitCode()).isEqualTo(1);
    assertThat(get.err()).startsWith("models: NotFoundException: ").hasLineCount(1);
  }

  @ParameterizedTest
  @CsvSource({"openai, ft:gpt-4o-mini:acemeco:suffix:abc123", "scale, mi_01hz8k2n5q",
      "root, 0f5a1d47-3c2e-4b8a-9d61-2a7e5c9b8f10"})
  void deleteAnswersTheSameForEveryVendor(String vendor, String id) throws Exception {
    CliRun table = run(NO_ENV, "--mock", "-v", vendor, "delete", id);
    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.out()).isEqualTo("deleted " + id + NL);

    CliRun asJson = run(NO_ENV, "--mock", "-v", vendor, "--json", "delete", id);
    assertThat(asJson.exitCode()).as(asJson.err()).isZero();
    assertThat(json.readTree(asJson.out())).isEqualTo(json.createObjectNode().put("id", id).put("deleted", true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"atoma", "choreo"})
  void deleteWhereTheVendorHasNoneIsOneLine(String vendor) {
    CliRun r = run(NO_ENV, "--mock", "-v", vendor, "delete", "gpt-4");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("models: OperationNotSupportedException: " + Vendor.of(vendor).vendorName()
        + " does not support the models operation 'delete'" + NL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"openai", "atoma", "choreo"})
  void createWhereTheVendorHasNoneIsOneLineNamingTheVendorAsDeleteDoes(String vendor) {
    CliRun r = run(NO_ENV, "--mock", "-v", vendor, "create", "--name", "x");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("models: OperationNotSupportedException: " + Vendor.of(vendor).vendorName()
        + " does not support the models operation 'create'" + NL);
  }

  @Test
  void createOnRootShowsTheModelNamedAsGivenAsGetWould() throws Exception {
    CliRun created = run(NO_ENV, "--mock", "-v", "rootsignals", "create", "--name", "tickets-gpt",
        "--model", "gpt-4o");
    assertThat(created.exitCode()).as(created.err()).isZero();
    assertThat(created.out().lines()).containsExactly(
        "ID                                    NAME         OWNED BY  CREATED",
        "3fa85f64-5717-4562-b3fc-2c963f66afa6  tickets-gpt  -         -");

    CliRun asJson = run(NO_ENV, "--mock", "-v", "root", "--json", "create", "--name", "tickets-gpt",
        "--model", "gpt-4o");
    JsonNode model = json.readTree(asJson.out());
    assertThat(model.get("name").asText()).isEqualTo("tickets-gpt");
    assertThat(model.get("model").asText()).isEqualTo("gpt-4o");

    // The mock's retrieve answers the documented model, of the same id: get prints it the same way.
    CliRun sameName = run(NO_ENV, "--mock", "-v", "root", "create", "--name", "my-custom-gpt");
    CliRun get = run(NO_ENV, "--mock", "-v", "root", "get", "3fa85f64-5717-4562-b3fc-2c963f66afa6");
    assertThat(sameName.out()).isEqualTo(get.out());
  }

  @Test
  void createOnRootNeverEchoesTheModelsKey() {
    CliRun r = run(Map.of("MODEL_KEY", "sk-secret-4d2a"), "--mock", "-v", "root", "--json", "create",
        "--name", "x", "--default-key-env", "MODEL_KEY");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("sk-secret-4d2a");
  }

  @Test
  void createOnScaleWithTheMockNeedsNoAccountId() throws Exception {
    CliRun r = run(NO_ENV, "--mock", "-v", "sgp", "create", "--name", "tickets", "--type", "completion");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines()).containsExactly(
        "ID              NAME     OWNED BY  CREATED",
        "mi_04new0model  tickets  acc_5f2c  2024-08-01T10:00:00Z");

    CliRun other = run(NO_ENV, "--mock", "-v", "scale", "--json", "create", "--name", "tickets", "--type",
        "completion", "--account-id", "acc_other");
    assertThat(json.readTree(other.out()).get("account_id").asText()).isEqualTo("acc_other");
  }

  @ParameterizedTest
  @ValueSource(strings = {"list", "get x", "delete x", "create --name x"})
  void theMockRefusesABaseUrlRatherThanIgnoreIt(String command) {
    String[] args = ("--mock -v root --base-url https://api.example.com " + command).split(" ");
    CliRun r = run(NO_ENV, args);

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).singleElement().asString()
        .startsWith("models: --mock calls the embedded mock at its own URL; --base-url does not apply");
  }
}
