package dev.roster.web.users;

import dev.roster.application.admin.UserView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Says in words why a person has their role. */
@Named
@ApplicationScoped
public class RoleExplanations {
  public String of(UserView.RoleExplanation explanation) {
    if (explanation == null) {
      return "";
    }
    UserView.MappingRef mapping = explanation.mapping();
    if (mapping == null) {
      return explanation.role().displayName()
          + ", the default role: no role mapping matches this person.";
    }
    return explanation.role().displayName()
        + " through the mapping of IdP "
        + ("GROUP".equals(mapping.source()) ? "group" : "role")
        + " '"
        + mapping.idpValue()
        + "'";
  }

  /** The short form for a table row: "through role 'editors'" or "default role". */
  public String brief(UserView user) {
    UserView.MappingRef mapping = user.roleMapping();
    return mapping == null
        ? "default role"
        : "through "
            + ("GROUP".equals(mapping.source()) ? "group" : "role")
            + " '"
            + mapping.idpValue()
            + "'";
  }
}
