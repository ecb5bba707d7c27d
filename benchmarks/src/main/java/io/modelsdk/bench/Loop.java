package io.modelsdk.bench;

/**
 * One contender's list of {@value InJvmFigures#SMALL} models in a loop against a {@link FixtureServer} of
 * its own, for a profiler to watch (JFR allocation samples, async-profiler): no harness threads, no
 * other contender in the JVM. Arguments: the contender's class name and the seconds to loop (default 20).
 */
public final class Loop {
  private Loop() {}

  public static void main(String[] args) throws Exception {
    long seconds = args.length > 1 ? Long.parseLong(args[1]) : 20;
    try (FixtureServer server = new FixtureServer();
        Contender contender = Contender.load(args[0], server.baseUrl(InJvmFigures.SMALL))) {
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      long calls = 0;
      while (System.nanoTime() < end) {
        if (contender.list() != InJvmFigures.SMALL) {
          throw new IllegalStateException("a list came back short");
        }
        calls++;
      }
      System.out.println(contender.name() + ": " + calls + " lists in " + seconds + " s");
    }
    System.exit(0);
  }
}
