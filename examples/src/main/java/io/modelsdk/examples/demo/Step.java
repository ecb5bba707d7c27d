package io.modelsdk.examples.demo;

/** One call of the demo, answering the text of its result column; any exception fails the row. */
@FunctionalInterface
interface Step {
  String run() throws Exception;
}
