package dev.roster.scim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The filter and path parsers are pure Java: no HTTP, JAX-RS, JPA or CDI. */
class ParserArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.roster.scim.filter", "dev.roster.scim.path");

  @Test
  void dependsOnNoFrameworkOrTransport() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta..", "javax..", "java.net..", "java.sql..", "org.eclipse.microprofile..")
        .check(CLASSES);
  }

  @Test
  void filterDoesNotDependOnPath() {
    noClasses()
        .that()
        .resideInAPackage("dev.roster.scim.filter..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.roster.scim.path..")
        .check(CLASSES);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("dev.roster.scim.(*)..").should().beFreeOfCycles().check(CLASSES);
  }
}
