package io.modelsdk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A child JVM that prints one {@value #RESULT} line of {@code key=value} pairs: spawns it, times it from
 * spawn to that line and reads the pairs. A child that dies, runs out of memory or overruns its timeout
 * is a failed result, not an exception.
 */
final class Child {
  static final String RESULT = "RESULT";

  /** What a child printed, and how long from its spawn until it did; {@code failure} is null on success. */
  record Result(Map<String, String> values, long wallNanos, String failure) {
    long number(String key) {
      return Long.parseLong(values.get(key));
    }
  }

  private Child() {}

  static Result run(String classpath, List<String> jvmArgs, Class<?> main, List<String> args, int timeoutSeconds)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.addAll(List.of("-cp", classpath, main.getName()));
    command.addAll(args);
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    AtomicBoolean timedOut = new AtomicBoolean();
    CompletableFuture<Void> watchdog = CompletableFuture.runAsync(() -> {
      timedOut.set(true);
      process.destroyForcibly();
    }, CompletableFuture.delayedExecutor(timeoutSeconds, TimeUnit.SECONDS));
    Deque<String> tail = new ArrayDeque<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(RESULT + " ")) {
          long wall = System.nanoTime() - start;
          Map<String, String> values = new HashMap<>();
          for (String pair : line.substring(RESULT.length() + 1).split(" ")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], kv[1]);
          }
          return new Result(values, wall, null);
        }
        tail.addLast(line);
        if (tail.size() > 200) {
          tail.removeFirst();
        }
      }
    } finally {
      watchdog.cancel(false);
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
    String failure = tail.stream().anyMatch(l -> l.contains("OutOfMemoryError")) ? "OutOfMemoryError"
        : timedOut.get() ? "killed after " + timeoutSeconds + " s"
        : "exit " + process.exitValue();
    return new Result(Map.of(), 0, failure + (tail.isEmpty() ? "" : ": " + cause(tail)));
  }

  /** The first line naming an exception or error, else the last line. */
  private static String cause(Deque<String> lines) {
    return lines.stream().filter(l -> l.contains("Exception") || l.contains("Error")).findFirst()
        .orElse(lines.getLast()).trim();
  }
}
