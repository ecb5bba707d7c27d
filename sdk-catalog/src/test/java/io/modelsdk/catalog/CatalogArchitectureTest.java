package io.modelsdk.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The catalog names no vendor: it sees them through core's public API and ServiceLoader only. */
class CatalogArchitectureTest {
  private static final JavaClasses CATALOG = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.modelsdk.catalog");

  @Test
  void theCatalogUsesOnlyTheJdkAndCoresPublicApi() {
    classes().should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "io.modelsdk.catalog..", "io.modelsdk.core", "io.modelsdk.core.errors",
            "io.modelsdk.core.spi")
        .check(CATALOG);
  }
}
