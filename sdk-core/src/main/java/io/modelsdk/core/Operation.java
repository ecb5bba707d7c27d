package io.modelsdk.core;

/** An operation on a vendor's models resource; {@code models().operations()} lists the supported ones. */
public enum Operation {
  /** List the models. */
  LIST("list"),
  /** Retrieve one model by id. */
  RETRIEVE("retrieve"),
  /** Delete one model by id. */
  DELETE("delete"),
  /** Create a model. */
  CREATE("create"),
  /** Change a model. */
  UPDATE("update"),
  /** Try a model's configuration without saving it. */
  VERIFY("verify");

  private final String wireName;

  Operation(String wireName) {
    this.wireName = wireName;
  }

  /** The lower-case name used in messages, such as {@code retrieve}. */
  public String wireName() {
    return wireName;
  }
}
