package dev.roster.web.home;

import dev.roster.application.organization.OrganizationService;
import dev.roster.application.organization.OrganizationSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the console's landing page: the organizations this Roster serves. */
@Named
@RequestScoped
public class HomeBean {
  @Inject OrganizationService organizationService;

  private List<OrganizationSummary> organizations;

  public List<OrganizationSummary> getOrganizations() {
    if (organizations == null) {
      organizations = organizationService.list();
    }
    return organizations;
  }
}
