package io.modelsdk.bench;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import io.modelsdk.core.ModelsClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/** The results as markdown: what ran where, the table (floor absolute, others as ratios) and notes. */
final class Report {
  private Report() {}

  static String markdown(Options options, List<String> contenders, List<Row> rows, List<String> notes)
      throws InterruptedException {
    StringBuilder md = new StringBuilder("# models-sdk benchmark results").append(options.smoke() ? " (smoke)" : "")
        .append("\n\n");
    md.append("- Date: ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
        .append(" UTC\n");
    md.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ").append(machine())
        .append(", ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
        .append("; ForkJoinPool common pool parallelism ").append(ForkJoinPool.getCommonPoolParallelism())
        .append(" (below 2, a CompletableFuture's *Async stage without an executor runs on a new thread)\n");
    md.append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append(" (").append(System.getProperty("java.vendor"))
        .append(")\n");
    md.append("- Libraries: models-sdk ").append(ModelsClient.sdkVersion())
        .append(", openai-java ").append(com.openai.core.Properties.getPackageVersion())
        .append("; in the harness JVM all share OkHttp ").append(okhttp3.OkHttp.VERSION)
        .append(", Jackson ").append(PackageVersion.VERSION)
        .append(", Kotlin stdlib ").append(kotlin.KotlinVersion.CURRENT).append('\n');
    md.append(String.format("- Run: %d round(s) of %d ms per sync figure after %d ms warm-up per figure and %d "
            + "async burst(s) per contender; %d cold start(s) per contender; contenders interleaved, order "
            + "rotated each round%n", options.rounds(), options.sliceMs(), options.warmupMs(),
        options.warmupBursts(), options.coldRuns()));
    md.append("- Cells: the floor's absolute median; for the others the median of per-round ratios to the "
        + "floor (contender ÷ floor) with their range [min..max]\n\n");
    md.append("| figure | ").append(String.join(" | ", contenders)).append(" |\n|---|");
    md.append("---|".repeat(contenders.size())).append('\n');
    for (Row row : rows) {
      md.append("| ").append(row.label());
      for (String c : contenders) {
        md.append(" | ").append(row.cell(c).replace("|", "/"));
      }
      md.append(" |\n");
    }
    md.append('\n');
    for (String note : notes) {
      md.append(note.startsWith(" ") ? "  - " + note.trim() : "- " + note).append('\n');
    }
    return md.toString();
  }

  /** {@code uname -m}, or the JVM's os.arch where there is no uname. */
  private static String machine() throws InterruptedException {
    try {
      Process uname = new ProcessBuilder("uname", "-m").redirectErrorStream(true).start();
      String out = new String(uname.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return uname.waitFor() == 0 ? out : System.getProperty("os.arch");
    } catch (IOException e) {
      return System.getProperty("os.arch");
    }
  }
}
