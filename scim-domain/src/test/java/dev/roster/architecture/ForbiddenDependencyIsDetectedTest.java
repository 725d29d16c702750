package dev.roster.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Proves the architecture rule can fail: a domain-like class that imports JAX-RS breaks it. */
class ForbiddenDependencyIsDetectedTest {

  @Test
  void ruleRejectsAJaxRsImportInTheDomain() {
    JavaClasses offending = new ClassFileImporter().importClasses(dev.roster.domain.Offender.class);
    assertThatThrownBy(
            () -> DomainDependencyRulesTest.domainIgnoresBoundariesAndPersistence.check(offending))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("jakarta.ws.rs");
  }
}
