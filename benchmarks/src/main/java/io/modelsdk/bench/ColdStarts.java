package io.modelsdk.bench;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Cold start as whole processes: for each run, each contender in a fresh JVM ({@link ColdStart}) on its
 * own runtime class path plus the benchmark classes, in an order rotated each run. The wall time runs
 * from spawning the process to reading its result line; the first call's own time and the client's
 * construction are reported apart, as the child measured them.
 */
final class ColdStarts {
  private final Figure wall = Figure.ratio("cold start, fresh JVM to first list result", Figure::millis);
  private final Figure firstCall = Figure.ratio("of which the first call itself", Figure::millis);
  private final Figure construction = Figure.ratio("of which client construction", Figure::millis);

  List<Row> rows() {
    return List.of(wall, firstCall, construction);
  }

  /**
   * @param contenders each contender's name and class
   * @param classpaths each contender's name and the class path of its child JVM
   */
  void run(List<Map.Entry<String, Class<? extends Contender>>> contenders, Map<String, String> classpaths,
      String baseUrl, int runs) throws IOException, InterruptedException {
    for (int run = 0; run < runs; run++) {
      Harness.progress("cold start " + (run + 1) + "/" + runs);
      for (Map.Entry<String, Class<? extends Contender>> contender : Harness.rotate(contenders, run)) {
        String name = contender.getKey();
        Child.Result result = Child.run(classpaths.get(name), List.of(), ColdStart.class,
            List.of(contender.getValue().getName(), baseUrl), 60);
        if (result.failure() != null) {
          fail(name, result.failure());
        } else if (result.number("count") != InJvmFigures.SMALL) {
          fail(name, "parsed " + result.number("count") + " models, the server sent " + InJvmFigures.SMALL);
        } else {
          wall.add(name, run, result.wallNanos());
          firstCall.add(name, run, result.number("firstCallNanos"));
          construction.add(name, run, result.number("constructNanos"));
        }
      }
    }
  }

  private void fail(String name, String why) {
    wall.fail(name, why);
    firstCall.fail(name, why);
    construction.fail(name, why);
  }
}
