package io.modelsdk.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The classes each contender's cold start loads, from one fresh process each ({@link ColdStart} with
 * {@code -Xlog:class+load}), split by its markers into the JVM's start, building the client and the
 * first list; with the packages that loaded most during the last two. Run by
 * {@code benchmarks/run.sh classes} after a harness run has written the class paths.
 */
public final class FirstCallClasses {
  private static final List<String> PHASES = List.of("JVM start", "building the client", "first list");
  private static final Map<String, String> CONTENDERS = Map.of("floor", FloorContender.class.getName(),
      "openai-java", OpenAiJavaContender.class.getName(), "models-sdk", SdkContender.class.getName());

  private FirstCallClasses() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> classpaths = Harness.runtimeClasspaths(Path.of(args.length > 0 ? args[0]
        : "benchmarks/target/contender-classpaths.properties"));
    StringBuilder table = new StringBuilder("| contender | " + String.join(" | ", PHASES) + " |\n|---|---|---|---|\n");
    StringBuilder packages = new StringBuilder();
    try (FixtureServer server = new FixtureServer()) {
      for (String name : List.of("floor", "openai-java", "models-sdk")) {
        List<List<String>> phases = load(classpaths.get(name) + File.pathSeparator + Harness.benchmarkClasses(),
            CONTENDERS.get(name), server.baseUrl(InJvmFigures.SMALL));
        table.append("| ").append(name);
        phases.forEach(p -> table.append(" | ").append(p.size()));
        table.append(" |\n");
        for (int i = 1; i < phases.size(); i++) {
          packages.append("- ").append(name).append(", ").append(PHASES.get(i)).append(": ")
              .append(topPackages(phases.get(i))).append('\n');
        }
      }
    }
    System.out.println(table);
    System.out.println(packages);
    System.exit(0);
  }

  /** The class names one process loaded in each phase. */
  private static List<List<String>> load(String classpath, String contender, String baseUrl)
      throws IOException, InterruptedException {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load:stdout:none", "-cp", classpath, ColdStart.class.getName(), contender, baseUrl);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<List<String>> phases = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
    int phase = 0; // JVM start until STARTED, then building until BUILT, then the first list until LISTED
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.equals(ColdStart.STARTED) || line.equals(ColdStart.BUILT) || line.equals(ColdStart.LISTED)) {
          phase++;
        } else if (phase < phases.size() && line.contains(" source: ")) {
          phases.get(phase).add(line.substring(0, line.indexOf(' ')));
        }
      }
    }
    if (process.waitFor() != 0 || phase != 3) {
      throw new IllegalStateException(contender + " did not finish its first list (exit " + process.exitValue() + ")");
    }
    return phases;
  }

  /** The eight packages (cut to four segments, lambdas and proxies apart) with the most classes. */
  private static String topPackages(List<String> classes) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String c : classes) {
      String key = c.contains("$$Lambda") ? "(lambdas)" : c.contains("$Proxy") ? "(proxies)"
          : c.lastIndexOf('.') < 0 ? "" : c.substring(0, c.lastIndexOf('.'));
      String[] parts = key.split("\\.");
      counts.merge(parts.length > 4 ? String.join(".", List.of(parts).subList(0, 4)) : key, 1, Integer::sum);
    }
    return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }
}
