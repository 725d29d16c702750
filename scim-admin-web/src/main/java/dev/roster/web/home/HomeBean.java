package dev.roster.web.home;

import dev.roster.application.system.ServiceInfo;
import dev.roster.application.system.ServiceInfoService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs the console's public landing page. It shows no organization's data: nothing is visible
 * before sign-in.
 */
@Named
@RequestScoped
public class HomeBean {
  @Inject ServiceInfoService serviceInfoService;

  private ServiceInfo info;

  public ServiceInfo getInfo() {
    if (info == null) {
      info = serviceInfoService.info();
    }
    return info;
  }
}
