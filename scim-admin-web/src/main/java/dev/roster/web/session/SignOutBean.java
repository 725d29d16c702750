package dev.roster.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;

/** Ends the console session. */
@Named
@RequestScoped
public class SignOutBean {
  public void signOut() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + ConsolePages.SIGN_IN);
  }
}
