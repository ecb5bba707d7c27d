package io.modelsdk.bench;

import java.util.List;

/** One row of the results table: a figure with a cell per contender. */
interface Row {
  String label();

  String cell(String contender);

  /** The contenders that did not complete this figure, each with why. */
  List<String> incomplete(List<String> contenders);
}
