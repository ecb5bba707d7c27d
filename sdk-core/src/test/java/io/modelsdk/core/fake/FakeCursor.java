package io.modelsdk.core.fake;

import java.util.Objects;

/** List parameters of the fake vendor: the cursor, null for the first page. */
public final class FakeCursor {
  final String after;

  public FakeCursor(String after) {
    this.after = after;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FakeCursor && Objects.equals(after, ((FakeCursor) o).after);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(after);
  }
}
