package dev.roster.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Proves the architecture rules can fail: classes with forbidden imports break them. */
class ForbiddenDependencyIsDetectedTest {

  @Test
  void ruleRejectsAJaxRsImportInTheDomain() {
    JavaClasses offending = new ClassFileImporter().importClasses(dev.roster.domain.Offender.class);
    assertThatThrownBy(
            () -> DomainDependencyRulesTest.domainIgnoresBoundariesAndPersistence.check(offending))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("jakarta.ws.rs");
  }

  @Test
  void ruleRejectsADomainImportInTheScimProtocol() {
    JavaClasses offending =
        new ClassFileImporter().importClasses(dev.roster.scim.ProtocolOffender.class);
    assertThatThrownBy(
            () -> DomainDependencyRulesTest.scimProtocolDependsOnlyOnItself.check(offending))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("dev.roster.domain.user.User");
  }
}
