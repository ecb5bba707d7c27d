package io.modelsdk.core.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * The module boundaries of the SDK as ArchUnit rules: core names no vendor; a vendor module builds on
 * core's public API and {@code io.modelsdk.core.spi} only, never on {@code core.internal}, OkHttp or
 * another vendor; and its public API exposes no OkHttp type. Each module checks its own main classes:
 *
 * <pre>{@code
 * @Test void followsTheArchitectureRules() { ArchitectureRules.checkVendor("io.modelsdk.scale"); }
 * }</pre>
 */
public final class ArchitectureRules {
  private ArchitectureRules() {}

  /** No class of core depends on a class of the SDK outside core. */
  public static final ArchRule CORE_NAMES_NO_VENDOR = noClasses().that().resideInAPackage("io.modelsdk.core..")
      .should().dependOnClassesThat(resideInAPackage("io.modelsdk..").and(not(resideInAPackage("io.modelsdk.core.."))))
      .because("core serves every vendor and names none (DESIGN.md, Modules)");

  /** The rules for the vendor module whose classes live in {@code vendorPackage} and below. */
  public static ArchRule vendorRules(String vendorPackage) {
    String own = vendorPackage + "..";
    return CompositeArchRule.of(noClasses().that().resideInAPackage(own)
            .should().dependOnClassesThat().resideInAPackage("io.modelsdk.core.internal..")
            .because("core.internal is core's alone; vendor modules build on io.modelsdk.core.spi"))
        .and(noClasses().that().resideInAPackage(own)
            .should().dependOnClassesThat().resideInAPackage("okhttp3..")
            .because("HTTP is core's: a vendor declares endpoints, core sends them"))
        .and(noClasses().that().resideInAPackage(own)
            .should().dependOnClassesThat(resideInAPackage("io.modelsdk..")
                .and(not(resideInAPackage("io.modelsdk.core..")))
                .and(not(resideInAPackage(own))))
            .because("vendor modules never import each other"))
        .and(methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
            .and().areDeclaredInClassesThat().resideInAPackage(own)
            .should().notHaveRawReturnType(resideInAPackage("okhttp3.."))
            .andShould().notHaveRawParameterTypes(com.tngtech.archunit.base.DescribedPredicate.describe(
                "an OkHttp type", params -> params.stream().anyMatch(t -> t.getPackageName().startsWith("okhttp3"))))
            .because("the public vendor API exposes no OkHttp type"));
  }

  /** Checks {@link #vendorRules} against the main classes in {@code vendorPackage}. */
  public static void checkVendor(String vendorPackage) {
    vendorRules(vendorPackage).check(mainClasses(vendorPackage));
  }

  /** The main (not test) classes in {@code rootPackage} and below, from the classpath. */
  public static JavaClasses mainClasses(String rootPackage) {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(rootPackage);
  }
}
