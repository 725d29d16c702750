package dev.roster.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The console is a boundary: its beans call application services and show the views they return. No
 * rule, repository, entity or SQL lives here.
 */
@AnalyzeClasses(packages = "dev.roster.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ConsoleDependencyRulesTest {

  @ArchTest
  static final ArchRule noPersistence =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.persistence..",
              "org.hibernate..",
              "java.sql..",
              "javax.sql..",
              "dev.roster.persistence..",
              "dev.roster.api..")
          .because("beans reach data only through the application services");

  @ArchTest
  static final ArchRule noRepositories =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveSimpleNameEndingWith("Repository")
          .orShould()
          .dependOnClassesThat()
          .haveSimpleNameEndingWith("Search")
          .because("loading and storing aggregates is the application services' job");

  @ArchTest
  static final ArchRule noAggregates =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("dev.roster.domain.user.User")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("dev.roster.domain.organization.Organization")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("dev.roster.domain.token.ScimToken")
          .because("beans show view records; behaviour stays on the aggregates in the domain");
}
