package io.modelsdk.examples.demo;

import io.modelsdk.core.errors.ApiException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Runs steps, timing each, and keeps one {@link Row} per step. */
final class Recorder {
  private final List<Row> rows = new ArrayList<>();

  /** Runs a step that must succeed. */
  void row(String mode, String call, Step step) {
    long start = System.nanoTime();
    try {
      String result = step.run();
      rows.add(new Row(mode, call, result, millisSince(start), true));
    } catch (Exception e) {
      rows.add(new Row(mode, call, describe(unwrap(e)), millisSince(start), false));
    }
  }

  /** Runs a step that must fail with {@code expected}; the row shows the vendor's message, or the exception's. */
  void expect(String mode, String call, Class<? extends Throwable> expected, Step step) {
    long start = System.nanoTime();
    try {
      String result = step.run();
      rows.add(new Row(mode, call, "expected " + expected.getSimpleName() + " but got: " + result,
          millisSince(start), false));
    } catch (Exception e) {
      Throwable cause = unwrap(e);
      rows.add(new Row(mode, call, describe(cause), millisSince(start), expected.isInstance(cause)));
    }
  }

  /** A row that makes no call, to say why a step does not apply. */
  void note(String mode, String call, String text) {
    rows.add(new Row(mode, call, text, 0, true));
  }

  /** A failed row for a step that could not run because an earlier one failed. */
  void skipped(String mode, String call, String why) {
    rows.add(new Row(mode, call, "skipped: " + why, 0, false));
  }

  /** The rows so far. */
  List<Row> rows() {
    return Collections.unmodifiableList(rows);
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** {@code <ExceptionType>: <message>}, the vendor's own message for an API error. */
  static String describe(Throwable t) {
    String message = t instanceof ApiException a ? a.vendorMessage().orElse(a.getMessage()) : t.getMessage();
    return t.getClass().getSimpleName() + ": " + message;
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
