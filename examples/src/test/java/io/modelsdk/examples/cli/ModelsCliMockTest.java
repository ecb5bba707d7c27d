package io.modelsdk.examples.cli;

import static io.modelsdk.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.examples.Vendor;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code models --mock}: every vendor's commands against the embedded mock, with no key set. */
class ModelsCliMockTest {
  private static final Map<String, String> NO_ENV = Map.of();

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
}
