package io.modelsdk.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelsdk.core.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** Core names no vendor; and the vendor rules do catch a class that reaches into core.internal. */
class CoreArchitectureTest {
  @Test
  void coreNamesNoVendor() {
    ArchitectureRules.CORE_NAMES_NO_VENDOR.check(ArchitectureRules.mainClasses("io.modelsdk.core"));
  }

  @Test
  void theVendorRulesCatchAClassUsingCoreInternals() {
    // The fake vendor of core's own tests drives ClientRuntime directly, as no vendor module may.
    assertThatThrownBy(() -> ArchitectureRules.vendorRules("io.modelsdk.core.fake").check(
        new com.tngtech.archunit.core.importer.ClassFileImporter().importPackages("io.modelsdk.core.fake")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("io.modelsdk.core.internal");
  }
}
