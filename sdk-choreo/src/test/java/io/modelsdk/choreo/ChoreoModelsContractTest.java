package io.modelsdk.choreo;

import io.modelsdk.core.testing.ModelsContractTest;
import io.modelsdk.core.testing.VendorFixture;

/** The ChoreoAI gateway passes the contract every vendor module passes. */
class ChoreoModelsContractTest extends ModelsContractTest<ChoreoModel, Void> {
  @Override
  protected VendorFixture<ChoreoModel, Void> fixture() {
    return new ChoreoFixture();
  }
}
