package io.modelsdk.examples.cli;

import io.modelsdk.core.internal.SdkVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the SDK version the command was built with, and the Java running it. */
public final class SdkVersionProvider implements IVersionProvider {
  /** Creates the provider; picocli calls this. */
  public SdkVersionProvider() {}

  @Override
  public String[] getVersion() {
    // The core publishes its version only through this internal constant (it is also what the
    // User-Agent header sends); there is no public accessor to use instead.
    return new String[] {
        "models " + SdkVersion.VERSION + " (models-sdk-java " + SdkVersion.VERSION + ")",
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
  }
}
