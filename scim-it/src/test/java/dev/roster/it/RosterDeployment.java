package dev.roster.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Base of every black-box test: deploys the EAR the build produced, exactly as shipped. */
@ExtendWith(ArquillianExtension.class)
public abstract class RosterDeployment {

  @Deployment(testable = false)
  public static EnterpriseArchive roster() {
    File ear = new File(System.getProperty("roster.it.ear"));
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }
}
