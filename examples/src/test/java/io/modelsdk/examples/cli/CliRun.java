package io.modelsdk.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One run of {@link ModelsCli#run} with a given environment: its exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {
  /** Runs the command with {@code env} as the whole environment. */
  static CliRun run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ModelsCli.run(args, new PrintWriter(out), new PrintWriter(err), env::get);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** A fixture of {@code src/test/resources/cli/}. */
  static String fixture(String name) {
    try (InputStream in = CliRun.class.getResourceAsStream("/cli/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
