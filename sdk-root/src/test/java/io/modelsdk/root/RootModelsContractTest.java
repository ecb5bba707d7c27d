package io.modelsdk.root;

import io.modelsdk.core.testing.ModelsContractTest;
import io.modelsdk.core.testing.VendorFixture;

/** Root Signals passes the contract every vendor module passes. */
class RootModelsContractTest extends ModelsContractTest<RootModel, Void> {
  @Override
  protected VendorFixture<RootModel, Void> fixture() {
    return new RootFixture();
  }
}
