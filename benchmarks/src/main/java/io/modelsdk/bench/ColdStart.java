package io.modelsdk.bench;

/**
 * A fresh JVM's first list: loads one contender by class name, lists once and prints the count, the
 * client's construction time and the first call's own time (construction excluded), then halts without
 * waiting for the client's threads. The parent times the whole process from spawn to this line.
 * Arguments: the contender's class name and the base URL.
 */
public final class ColdStart {
  private ColdStart() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    Contender contender = Contender.load(args[0], args[1]);
    long built = System.nanoTime();
    int count = contender.list();
    long listed = System.nanoTime();
    System.out.println(Child.RESULT + " count=" + count + " constructNanos=" + (built - start)
        + " firstCallNanos=" + (listed - built));
    System.out.flush();
    Runtime.getRuntime().halt(0);
  }
}
