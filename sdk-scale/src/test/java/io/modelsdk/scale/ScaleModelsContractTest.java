package io.modelsdk.scale;

import io.modelsdk.core.testing.ModelsContractTest;
import io.modelsdk.core.testing.VendorFixture;

/** Scale passes the contract every vendor module passes. */
class ScaleModelsContractTest extends ModelsContractTest<ScaleModel, ScaleModelDeleted> {
  @Override
  protected VendorFixture<ScaleModel, ScaleModelDeleted> fixture() {
    return new ScaleFixture();
  }
}
