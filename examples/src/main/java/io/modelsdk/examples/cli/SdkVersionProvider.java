package io.modelsdk.examples.cli;

import io.modelsdk.core.ModelsClient;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the SDK version the command was built with, and the Java running it. */
public final class SdkVersionProvider implements IVersionProvider {
  /** Creates the provider; picocli calls this. */
  public SdkVersionProvider() {}

  @Override
  public String[] getVersion() {
    String version = ModelsClient.sdkVersion();
    return new String[] {
        "models " + version + " (models-sdk-java " + version + ")",
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
  }
}
