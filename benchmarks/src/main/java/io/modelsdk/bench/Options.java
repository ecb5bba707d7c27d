package io.modelsdk.bench;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * The harness's command line: {@code --smoke}, then any of {@code --rounds N}, {@code --slice-ms N},
 * {@code --warmup-ms N}, {@code --cold-runs N}, {@code --big-list N}, {@code --classpaths FILE} and
 * {@code --out FILE}, each overriding the mode's default.
 */
record Options(boolean smoke, int rounds, int sliceMs, int warmupMs, int warmupBursts, int coldRuns,
    int bigList, Path classpaths, Path out) {

  static Options parse(String... args) {
    boolean smoke = List.of(args).contains("--smoke");
    int rounds = smoke ? 1 : 15;
    int sliceMs = smoke ? 150 : 800;
    int warmupMs = smoke ? 300 : 2_000;
    int warmupBursts = smoke ? 1 : 3;
    int coldRuns = smoke ? 2 : 10;
    int bigList = smoke ? 50_000 : 500_000;
    Path classpaths = Path.of("benchmarks/target/contender-classpaths.properties");
    Path out = Path.of("benchmarks/target/benchmark-results.md");
    for (Iterator<String> it = List.of(args).iterator(); it.hasNext(); ) {
      String flag = it.next();
      if (flag.equals("--smoke")) {
        continue;
      }
      if (!it.hasNext()) {
        throw new IllegalArgumentException("unknown flag or missing value: " + flag);
      }
      String value = it.next();
      switch (flag) {
        case "--rounds" -> rounds = Integer.parseInt(value);
        case "--slice-ms" -> sliceMs = Integer.parseInt(value);
        case "--warmup-ms" -> warmupMs = Integer.parseInt(value);
        case "--cold-runs" -> coldRuns = Integer.parseInt(value);
        case "--big-list" -> bigList = Integer.parseInt(value);
        case "--classpaths" -> classpaths = Path.of(value);
        case "--out" -> out = Path.of(value);
        default -> throw new IllegalArgumentException("unknown flag: " + flag);
      }
    }
    return new Options(smoke, rounds, sliceMs, warmupMs, warmupBursts, coldRuns, bigList, classpaths, out);
  }
}
