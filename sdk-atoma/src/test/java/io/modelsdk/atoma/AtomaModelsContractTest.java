package io.modelsdk.atoma;

import io.modelsdk.core.testing.ModelsContractTest;
import io.modelsdk.core.testing.VendorFixture;

/** Atoma passes the contract every vendor module passes (retrieve by listing, delete refused). */
class AtomaModelsContractTest extends ModelsContractTest<AtomaModel, Void> {
  @Override
  protected VendorFixture<AtomaModel, Void> fixture() {
    return new AtomaFixture();
  }
}
