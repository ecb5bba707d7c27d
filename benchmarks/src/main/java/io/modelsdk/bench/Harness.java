package io.modelsdk.bench;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark harness: the SDK, openai-java and the hand-written floor against one loopback server,
 * in this JVM ({@link InJvmFigures}), as fresh processes ({@link ColdStarts}), reading a long list in
 * small and big heaps ({@link BigLists}), and by the size of their runtime jars. Prints the markdown
 * table and writes it to {@code --out}. {@code --smoke} runs a short version that only checks that
 * every contender completed every figure with every model, and exits 1 otherwise; it never fails on a
 * timing. See {@link Options} for the flags; {@code benchmarks/run.sh} builds and runs it.
 */
public final class Harness {
  private static final List<Class<? extends Contender>> CONTENDERS =
      List.of(FloorContender.class, OpenAiJavaContender.class, SdkContender.class);

  private Harness() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Map<String, String> runtimeClasspaths = runtimeClasspaths(options.classpaths());
    List<Row> rows = new ArrayList<>();
    List<Map.Entry<String, Class<? extends Contender>>> contenders = new ArrayList<>();
    try (FixtureServer server = new FixtureServer()) {
      List<Lineup> lineups = CONTENDERS.stream().map(type -> Lineup.of(type, server)).toList();
      lineups.forEach(l -> contenders.add(Map.entry(l.name(), l.small().getClass())));
      InJvmFigures inJvm = new InJvmFigures(server);
      try {
        inJvm.run(lineups, options);
      } finally {
        lineups.forEach(Lineup::close);
      }
      rows.addAll(inJvm.rows());

      Map<String, String> childClasspaths = new LinkedHashMap<>();
      String benchClasses = benchmarkClasses();
      runtimeClasspaths.forEach((name, cp) -> childClasspaths.put(name, benchClasses + File.pathSeparator + cp));
      ColdStarts cold = new ColdStarts();
      cold.run(contenders, childClasspaths, server.baseUrl(InJvmFigures.SMALL), options.coldRuns());
      rows.addAll(cold.rows());

      rows.add(jarSizes(runtimeClasspaths));

      BigLists big = new BigLists(options.bigList());
      big.run(contenders, childClasspaths, server.baseUrl(options.bigList()), options.bigList());
      rows.addAll(big.rows());
    }

    List<String> names = contenders.stream().map(Map.Entry::getKey).toList();
    String markdown = Report.markdown(options, names, rows, notes(runtimeClasspaths));
    Files.createDirectories(options.out().toAbsolutePath().getParent());
    Files.writeString(options.out(), markdown);
    System.out.println(markdown);
    System.out.println("written to " + options.out());
    if (options.smoke()) {
      List<String> incomplete = rows.stream().flatMap(r -> r.incomplete(names).stream()).toList();
      int checks = rows.size() * names.size();
      System.out.println("smoke: " + (checks - incomplete.size()) + " passed, " + incomplete.size() + " failed");
      if (!incomplete.isEmpty()) {
        System.err.println("smoke: not every contender completed every figure with every model:");
        incomplete.forEach(line -> System.err.println("  " + line));
        System.exit(1);
      }
    }
    System.exit(0);
  }

  /** Progress on stderr, so that stdout is the table alone. */
  static void progress(String what) {
    System.err.println("[harness] " + what);
  }

  /** {@code list} starting at element {@code by} (mod size), wrapping round. */
  static <T> List<T> rotate(List<T> list, int by) {
    int k = by % list.size();
    return Stream.concat(list.subList(k, list.size()).stream(), list.subList(0, k).stream()).toList();
  }

  /** Each contender's own runtime class path, as run.sh had Maven resolve it. */
  static Map<String, String> runtimeClasspaths(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
    }
    Map<String, String> classpaths = new LinkedHashMap<>();
    for (String name : List.of("floor", "openai-java", "models-sdk")) {
      String cp = p.getProperty(name);
      if (cp == null || cp.isBlank()) {
        throw new IllegalStateException(file + " has no class path for " + name + "; run benchmarks/run.sh");
      }
      classpaths.put(name, cp.trim());
    }
    return classpaths;
  }

  static String benchmarkClasses() throws URISyntaxException {
    return Path.of(Harness.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  private static Figure jarSizes(Map<String, String> classpaths) throws IOException {
    Figure jars = Figure.ratio("runtime jars", Figure::bytes);
    for (Map.Entry<String, String> cp : classpaths.entrySet()) {
      long bytes = 0;
      for (Path jar : jars(cp.getValue())) {
        bytes += Files.size(jar);
      }
      jars.add(cp.getKey(), 0, bytes);
    }
    return jars;
  }

  private static List<Path> jars(String classpath) {
    return Stream.of(classpath.split(File.pathSeparator)).map(Path::of).toList();
  }

  private static List<String> notes(Map<String, String> classpaths) {
    List<String> notes = new ArrayList<>();
    notes.add("In-JVM figures share one class path (Maven's resolution for the benchmarks module); cold starts, "
        + "jar sizes and the long-list children use each contender's own runtime class path plus the "
        + "benchmark classes:");
    classpaths.forEach((name, cp) -> notes.add("  " + name + ": " + jars(cp).stream()
        .map(p -> p.getFileName().toString()).collect(Collectors.joining(", "))));
    notes.add("All three HTTP clients allow 64 concurrent calls per host: the SDK by default, openai-java by "
        + "default (its builder sets the per-host cap to the dispatcher's overall 64), the floor set to match "
        + "(OkHttp's own default is 5).");
    notes.add("Allocation on the calling thread misses work a library hands to other threads. The async "
        + "figure counts all live threads except the server's and misses threads that died during the burst: "
        + "for a library that starts about one thread per call, it is a floor, not the whole.");
    return notes;
  }
}
