package io.modelsdk.bench;

/**
 * One library's contenders in this JVM, one per base URL: the list of {@value InJvmFigures#SMALL} (also
 * used for retrieve), the list of {@value InJvmFigures#LARGE} and the slow list for async calls.
 */
record Lineup(Contender small, Contender large, Contender slow) implements AutoCloseable {
  static Lineup of(Class<? extends Contender> type, FixtureServer server) {
    return new Lineup(Contender.load(type.getName(), server.baseUrl(InJvmFigures.SMALL)),
        Contender.load(type.getName(), server.baseUrl(InJvmFigures.LARGE)),
        Contender.load(type.getName(), server.slowBaseUrl(InJvmFigures.SMALL)));
  }

  String name() {
    return small.name();
  }

  @Override
  public void close() {
    small.close();
    large.close();
    slow.close();
  }
}
