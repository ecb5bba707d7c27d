package io.modelsdk.bench;

/**
 * One read of a long list in a JVM of its own, whose heap size the parent picks: prints the count, the
 * time, the peak heap and the most heap live after a collection ({@link PeakHeap}). Arguments: the mode ({@code sdk-stream} for the SDK's
 * streaming list, {@code sdk-list} for its plain list, or a contender's class name for its plain list)
 * and the base URL.
 */
public final class BigList {
  private BigList() {}

  public static void main(String[] args) throws InterruptedException {
    PeakHeap heap = PeakHeap.start();
    long start = System.nanoTime();
    int count = read(args[0], args[1]);
    long nanos = System.nanoTime() - start;
    long peak = heap.peakBytes();
    System.out.println(Child.RESULT + " count=" + count + " nanos=" + nanos + " peakHeap=" + peak
        + " liveHeap=" + heap.liveBytes());
    System.out.flush();
    Runtime.getRuntime().halt(0);
  }

  private static int read(String mode, String baseUrl) {
    switch (mode) {
      case "sdk-stream":
        try (SdkContender sdk = SdkContender.withMaxResponseBytes(baseUrl, Long.MAX_VALUE)) {
          return sdk.listStreaming();
        }
      case "sdk-list":
        try (SdkContender sdk = SdkContender.withMaxResponseBytes(baseUrl, Long.MAX_VALUE)) {
          return sdk.list();
        }
      default:
        try (Contender contender = Contender.load(mode, baseUrl)) {
          return contender.list();
        }
    }
  }
}
