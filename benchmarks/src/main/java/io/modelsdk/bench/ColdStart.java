package io.modelsdk.bench;

/**
 * A fresh JVM's first list: loads one contender by class name, lists once and prints the count, the
 * client's construction time and the first call's own time (construction excluded), then halts without
 * waiting for the client's threads. The parent times the whole process from spawn to this line. Marker
 * lines before and after the first call split a {@code -Xlog:class+load} log of the same process.
 * Arguments: the contender's class name and the base URL.
 */
public final class ColdStart {
  /** Printed first thing in {@code main}, before the contender's classes load. */
  static final String STARTED = "MARK main started";
  /** Printed once the client is built, to split a class-load log ({@link FirstCallClasses}). */
  static final String BUILT = "MARK client built";
  /** Printed once the first list has returned. */
  static final String LISTED = "MARK first list returned";

  private ColdStart() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    System.out.println(STARTED);
    System.out.flush();
    Contender contender = Contender.load(args[0], args[1]);
    long built = System.nanoTime();
    System.out.println(BUILT);
    System.out.flush();
    int count = contender.list();
    long listed = System.nanoTime();
    System.out.println(LISTED);
    System.out.flush();
    System.out.println(Child.RESULT + " count=" + count + " constructNanos=" + (built - start)
        + " firstCallNanos=" + (listed - built));
    System.out.flush();
    Runtime.getRuntime().halt(0);
  }
}
