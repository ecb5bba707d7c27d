package io.modelsdk.catalog;

import java.util.Map;

/** The variables the README snippet reads in {@link ReadmeSnippetTest}; public, for the snippet's class. */
public final class SnippetEnv {
  /** The mock's variables. */
  public static volatile Map<String, String> vars;

  private SnippetEnv() {}
}
