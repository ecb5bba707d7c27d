package io.modelsdk.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelsdk.core.testing.ArchitectureRules;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/**
 * Core names no vendor and resolves no host name; and the vendor rules do catch a class that reaches
 * into core.internal.
 */
class CoreArchitectureTest {
  @Test
  void coreNamesNoVendor() {
    ArchitectureRules.CORE_NAMES_NO_VENDOR.check(ArchitectureRules.mainClasses("io.modelsdk.core"));
  }

  /** Host names are OkHttp's to resolve, when it connects: {@code build()} decides "loopback" from the text. */
  @Test
  void coreResolvesNoHostName() {
    noClasses().that().resideInAPackage("io.modelsdk.core..")
        .should().callMethod(InetAddress.class, "getByName", String.class)
        .orShould().callMethod(InetAddress.class, "getAllByName", String.class)
        .because("a name resolved at build() is I/O, and need not resolve the same way when OkHttp connects")
        .check(ArchitectureRules.mainClasses("io.modelsdk.core"));
  }

  @Test
  void theVendorRulesCatchAClassUsingCoreInternals() {
    // The fake vendor of core's own tests drives ClientRuntime directly, as no vendor module may.
    assertThatThrownBy(() -> ArchitectureRules.vendorRules("io.modelsdk.core.fake").check(
        new com.tngtech.archunit.core.importer.ClassFileImporter().importPackages("io.modelsdk.core.fake")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("io.modelsdk.core.internal");
  }
}
