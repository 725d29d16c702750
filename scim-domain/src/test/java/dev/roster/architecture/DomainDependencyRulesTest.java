package dev.roster.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies run one way: the domain (and the SCIM protocol code in this module) know nothing of
 * HTTP, Faces, JPA or the modules built on top of them.
 */
@AnalyzeClasses(packages = "dev.roster", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainDependencyRulesTest {

  @ArchTest
  static final ArchRule domainIgnoresBoundariesAndPersistence =
      noClasses()
          .that()
          .resideInAnyPackage(
              "dev.roster.domain..", "dev.roster.application..", "dev.roster.scim..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.ws.rs..",
              "jakarta.faces..",
              "jakarta.persistence..",
              "org.hibernate..",
              "dev.roster.api..",
              "dev.roster.web..",
              "dev.roster.persistence..")
          .because(
              "scim-domain is the bottom layer; the modules above depend on it, not the reverse");

  @ArchTest
  static final ArchRule micrometerStaysInTheMetricsPackage =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.roster.application.metrics")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.micrometer..")
          .because(
              "use cases report what happened through RosterMetrics; meters live in one place");

  @ArchTest
  static final ArchRule aggregatesDoNotReachIntoUseCases =
      noClasses()
          .that()
          .resideInAnyPackage("dev.roster.domain..", "dev.roster.scim..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.roster.application..")
          .because("aggregates hold rules; application services orchestrate them");

  /**
   * The SCIM protocol code (model, schemas, filter and path grammars, PATCH) knows the RFCs, not
   * Roster: which attributes are stored where, who gets which role and how IdPs map onto users live
   * in the application and domain packages, which use this one.
   */
  @ArchTest
  static final ArchRule scimProtocolDependsOnlyOnItself =
      classes()
          .that()
          .resideInAPackage("dev.roster.scim..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "dev.roster.scim..",
              "dev.roster.json..",
              "dev.roster.error..",
              "java..",
              "jakarta.json..",
              "org.antlr..")
          .because(
              "the SCIM protocol is its own concern: product rules live in dev.roster.application"
                  + " and dev.roster.domain, which depend on it, never the reverse");

  @ArchTest
  static final ArchRule jsonGoesThroughTheCachedProvider =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.roster.json")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("jakarta.json.Json")
          .because(
              "each jakarta.json.Json call looks the provider up again (a class path scan);"
                  + " dev.roster.json.Json holds one");
}
