package io.modelsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code examples/run VENDOR EXAMPLE}: every example's {@code main}, with its default arguments, against
 * the embedded mock, in-process as the CLI's tests run it. Each must end normally and print no stack
 * trace; a wrong id ends in one line on stderr.
 */
class ExamplesOnMockTest {
  /** The arguments of the examples that have no default: ids and an account the mock accepts. */
  private static final Map<String, List<String>> ARGS = Map.of(
      "openai DeleteModel", List.of("ft:gpt-4o-mini:acemeco:suffix:abc123"),
      "scale DeleteModel", List.of("mi_01hz8k2n5q"),
      "scale CreateModel", List.of("acc_5f2c"),
      "root DeleteModel", List.of("0f5a1d47-3c2e-4b8a-9d61-2a7e5c9b8f10"));

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream systemOut;
  private PrintStream systemErr;

  @BeforeEach
  void captureOutput() {
    systemOut = System.out;
    systemErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutput() {
    System.setOut(systemOut);
    System.setErr(systemErr);
  }

  private int run(String... args) {
    return RunOnMock.run(args, System.out, System.err);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("io.modelsdk.examples.ExampleClassesTest#examples")
  void everyExampleRunsOnTheMockWithItsDefaults(String vendor, String example) {
    List<String> args = new ArrayList<>(List.of(vendor, example));
    args.addAll(ARGS.getOrDefault(vendor + " " + example, List.of()));

    int status = run(args.toArray(new String[0]));

    assertThat(status).as("exit status; stdout:%n%s%nstderr:%n%s", out(), err()).isZero();
    assertThat(out()).as("stdout").isNotBlank().doesNotContain("Exception", "\tat ");
    assertThat(err()).as("stderr").doesNotContain("Exception", "\tat ", "error:");
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void aWrongIdIsOneLineNamingTheVendorsAnswer(Vendor vendor) {
    int status = run(vendor.id(), "RetrieveModel", "no-such-model");

    assertThat(status).isEqualTo(Examples.FAILED);
    assertThat(err()).startsWith("error: NotFoundException: " + vendor.vendorName()).hasLineCount(1)
        .doesNotContain("\tat ");
    if (vendor != Vendor.ATOMA && vendor != Vendor.CHOREO) { // they answer by listing: no 404 to name
      assertThat(err()).contains("404");
    }
  }

  @Test
  void theMockSettingsHoldOnlyForTheRun() {
    assertThat(run("scale", "ListModels")).isZero();

    assertThat(System.getProperty("SGP_API_KEY")).isNull();
    assertThat(System.getProperty("SGP_CLIENT_BASE_URL")).isNull();
  }

  @Test
  void aMissingArgumentIsAUsageError() {
    assertThat(run("openai", "DeleteModel")).isEqualTo(Examples.USAGE);
    assertThat(err()).isEqualToIgnoringNewLines("usage: DeleteModel <fine-tuned model id>");
  }

  @Test
  void helpAndUnknownNames() {
    assertThat(run("--help")).isZero();
    assertThat(out()).startsWith("Usage: examples/run VENDOR EXAMPLE");
    assertThat(run("nobody", "ListModels")).isEqualTo(Examples.USAGE);
    assertThat(run("openai", "NoSuchExample")).isEqualTo(Examples.USAGE);
    assertThat(run("openai")).isEqualTo(Examples.USAGE);
    assertThat(err()).contains("unknown vendor 'nobody'", "no example NoSuchExample for openai");
  }

  @Test
  void theHelpNamesEveryExample() {
    run("--help");
    ExampleClassesTest.examples().map(a -> (String) a.get()[1]).distinct()
        .forEach(name -> assertThat(out()).as(name).contains(name));
    assertThat(Arrays.stream(Vendor.values()).map(Vendor::id)).allSatisfy(id -> assertThat(out()).contains(id));
  }
}
