package io.modelsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every vendor has every scenario, under the same class names, each runnable from the command line
 * ({@code main}) and from a test ({@code run(client, out, ...)}).
 */
class ExampleClassesTest {
  private static final List<String> COMMON = List.of("ListModels", "RetrieveModel", "AsyncFanOut", "RawHeaders",
      "Streaming", "Paging", "RetrySettings", "ErrorHandling");

  static Stream<Arguments> vendors() {
    return Stream.of(
        Arguments.of("openai", io.modelsdk.openai.OpenAiClient.class, List.of("DeleteModel")),
        Arguments.of("atoma", io.modelsdk.atoma.AtomaClient.class, List.of("UnsupportedOperations")),
        Arguments.of("scale", io.modelsdk.scale.ScaleClient.class, List.of("DeleteModel", "CreateModel")),
        Arguments.of("root", io.modelsdk.root.RootClient.class, List.of("DeleteModel", "CreateModel")),
        Arguments.of("choreo", io.modelsdk.choreo.ChoreoClient.class, List.of("UnsupportedOperations")));
  }

  /** Every example as (vendor, class name), for the tests that run them all. */
  static Stream<Arguments> examples() {
    return vendors().flatMap(v -> {
      List<String> names = new ArrayList<>(COMMON);
      ((List<?>) v.get()[2]).forEach(own -> names.add((String) own));
      return names.stream().map(name -> Arguments.of(v.get()[0], name));
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vendors")
  void everyScenarioHasMainAndRun(String vendor, Class<?> clientType, List<String> own) throws Exception {
    List<String> names = new ArrayList<>(COMMON);
    names.addAll(own);
    for (String name : names) {
      Class<?> example = Class.forName("io.modelsdk.examples." + vendor + "." + name);
      assertThat(Modifier.isFinal(example.getModifiers())).as(name + " is final").isTrue();
      Method main = example.getMethod("main", String[].class);
      assertThat(Modifier.isStatic(main.getModifiers())).as(name + ".main is static").isTrue();
      assertThat(Arrays.stream(example.getMethods()).filter(m -> m.getName().equals("run")))
          .as(vendor + "." + name + ".run(" + clientType.getSimpleName() + ", PrintStream, ...)")
          .singleElement()
          .satisfies(run -> {
            assertThat(Modifier.isStatic(run.getModifiers())).isTrue();
            assertThat(run.getParameterTypes()).startsWith(clientType, PrintStream.class);
          });
    }
  }
}
