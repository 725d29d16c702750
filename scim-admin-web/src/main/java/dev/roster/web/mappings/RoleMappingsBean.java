package dev.roster.web.mappings;

import dev.roster.application.provisioning.RoleMappingService;
import dev.roster.application.provisioning.RoleMappingView;
import dev.roster.domain.role.MappingSource;
import dev.roster.domain.role.Role;
import dev.roster.web.common.Messages;
import dev.roster.web.session.ConsoleSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * Role Mappings: IdP role values and IdP groups to Roster roles, with how many people each decides.
 */
@Named
@ViewScoped
public class RoleMappingsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RoleMappingService mappings;
  @Inject ConsoleSession session;

  private transient List<RoleMappingView> list;
  private MappingSource source = MappingSource.ROLE;
  private String idpValue;
  private Role role;

  public void add() {
    mappings.add(session.actor(), source, idpValue, role);
    Messages.info(
        "Mapping added: people with IdP "
            + (source == MappingSource.GROUP ? "group '" : "role '")
            + idpValue.strip()
            + "' now get "
            + role.displayName()
            + ", unless a higher role applies.");
    idpValue = null;
    role = null;
    list = null;
  }

  public void remove(UUID id) {
    mappings.remove(session.actor(), id);
    list = null;
    Messages.info(
        "Mapping deleted; the people it decided now get their role from the others or the default role.");
  }

  public List<RoleMappingView> getList() {
    if (list == null) {
      list = mappings.listWithCounts(session.actor());
    }
    return list;
  }

  public String sourceLabel(MappingSource source) {
    return source == MappingSource.GROUP ? "IdP group" : "IdP role value";
  }

  public MappingSource[] getSources() {
    return MappingSource.values();
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public MappingSource getSource() {
    return source;
  }

  public void setSource(MappingSource source) {
    this.source = source;
  }

  public String getIdpValue() {
    return idpValue;
  }

  public void setIdpValue(String idpValue) {
    this.idpValue = idpValue;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}
