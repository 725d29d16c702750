package dev.roster.application.scim;

import dev.roster.application.audit.AuditRecorder;
import dev.roster.application.common.Actor;
import dev.roster.application.event.EventRecorder;
import dev.roster.application.organization.ActiveAdminGuard;
import dev.roster.domain.audit.AuditActions;
import dev.roster.domain.common.NotFoundException;
import dev.roster.domain.group.GroupRepository;
import dev.roster.domain.organization.Organization;
import dev.roster.domain.organization.OrganizationRepository;
import dev.roster.domain.role.RoleDecision;
import dev.roster.domain.user.PasswordHasher;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserRepository;
import dev.roster.domain.user.UserSearch;
import dev.roster.domain.user.UserStatus;
import dev.roster.scim.model.AttributeSelection;
import dev.roster.scim.model.ScimCanonicalizer;
import dev.roster.scim.patch.PatchEngine;
import dev.roster.scim.patch.PatchRequest;
import dev.roster.scim.query.ResourceQuery;
import dev.roster.scim.query.ResultPage;
import dev.roster.scim.schema.ScimSchemas;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** SCIM /Users of the caller's organization. {@code base} is the SCIM base URL for locations. */
@ApplicationScoped
@Transactional
public class ScimUserService {
  private static final ScimCanonicalizer CANON = new ScimCanonicalizer(ScimSchemas.USER_TYPE);

  @Inject UserRepository users;
  @Inject UserSearch search;
  @Inject GroupRepository groups;
  @Inject OrganizationRepository organizations;
  @Inject RoleAssigner roles;
  @Inject AuditRecorder audit;
  @Inject EventRecorder events;
  @Inject ActiveAdminGuard adminGuard;

  public ScimResource create(Actor actor, String body, String base) {
    Organization org = organization(actor);
    UserDocument doc = new UserDocument(CANON.resource(ScimRequests.body(body)));
    // userName is required and unique: the User checks presence, the unique index uniqueness (the
    // repository turns its violation into UniquenessException, also when two requests race).
    boolean active = doc.active() == null || doc.active();
    UserStatus status =
        !active
            ? UserStatus.INACTIVE
            : org.autoActivateUsers() ? UserStatus.ACTIVE : UserStatus.PENDING;
    Instant now = Instant.now();
    User user =
        new User(
            UUID.randomUUID(),
            org.id(),
            doc.userName(),
            doc.externalId(),
            doc.displayName(),
            User.normalizeEmail(doc.email()),
            doc.givenName(),
            doc.familyName(),
            active,
            status,
            RoleDecision.byDefault(org.effectiveDefaultRole()),
            true,
            doc.password() == null ? null : PasswordHasher.hash(doc.password()),
            doc.storedJson(),
            doc.roleValues(),
            now,
            now,
            1);
    user.markScimManaged();
    roles.assignNew(org, user);
    users.add(user);
    events.userCreated(user);
    audit.success(actor, AuditActions.SCIM_USER_CREATED, "USER", user.id(), summary(user));
    return resource(user, List.of(), base);
  }

  // Reads join a transaction if there is one but open none: a JTA transaction per read would
  // cost a begin, a connection enlistment and a commit for nothing.
  @Transactional(Transactional.TxType.SUPPORTS)
  public ScimResource get(Actor actor, String id, AttributeSelection selection, String base) {
    ScimResource full;
    if (selection.includes("groups")) {
      // The user and its groups in one statement.
      UserSearch.WithGroups found =
          search
              .findWithGroups(actor.organizationId(), ScimRequests.id(id, "User"))
              .orElseThrow(() -> new NotFoundException("User " + id + " not found."));
      full = resource(found.user(), found.groups(), base);
    } else {
      full = resource(load(actor, id), List.of(), base);
    }
    return new ScimResource(full.id(), selection.apply(full.json()), full.etag(), full.location());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ScimList list(
      Actor actor, ResourceQuery query, AttributeSelection selection, String base) {
    ResultPage<User> page = search.search(actor.organizationId(), query);
    Map<UUID, List<GroupRepository.GroupRef>> memberships =
        selection.includes("groups") && !page.items().isEmpty()
            ? groups.groupsOf(actor.organizationId(), page.items().stream().map(User::id).toList())
            : Map.of();
    return ScimList.of(
        page.items().stream()
            .map(
                u ->
                    selection.apply(
                        UserRenderer.render(u, memberships.getOrDefault(u.id(), List.of()), base)))
            .toList(),
        page,
        query);
  }

  public ScimResource replace(Actor actor, String id, String body, String ifMatch, String base) {
    Organization org = organization(actor);
    User user = loadForUpdate(actor, id);
    ScimRequests.ifMatch(ifMatch, user.version());
    UserDocument doc = new UserDocument(CANON.resource(ScimRequests.body(body)));
    apply(actor, AuditActions.SCIM_USER_REPLACED, org, user, doc);
    audit.success(actor, AuditActions.SCIM_USER_REPLACED, "USER", user.id(), summary(user));
    return resource(user, groupsOf(user, AttributeSelection.ALL), base);
  }

  public ScimResource patch(Actor actor, String id, String body, String ifMatch, String base) {
    // A malformed request is a 400 whether or not the user exists (clients validate first).
    var operations = PatchRequest.parse(ScimRequests.body(body));
    new PatchEngine(CANON).validate(operations);
    Organization org = organization(actor);
    User user = loadForUpdate(actor, id);
    ScimRequests.ifMatch(ifMatch, user.version());
    Map<String, Object> current =
        UserDocument.editable(
            user.scimAttributes(), user.userName(), user.externalId(), user.active());
    UserDocument doc = new UserDocument(new PatchEngine(CANON).apply(current, operations));
    apply(actor, AuditActions.SCIM_USER_PATCHED, org, user, doc);
    audit.success(actor, AuditActions.SCIM_USER_PATCHED, "USER", user.id(), summary(user));
    return resource(user, groupsOf(user, AttributeSelection.ALL), base);
  }

  public void delete(Actor actor, String id, String ifMatch) {
    User user = loadForUpdate(actor, id);
    ScimRequests.ifMatch(ifMatch, user.version());
    events.userDeleted(user);
    users.remove(user);
    if (user.isActiveAdmin()) {
      adminGuard.requireActiveAdmin(
          actor, organization(actor), AuditActions.SCIM_USER_DELETED, "USER", user.id());
    }
    audit.success(actor, AuditActions.SCIM_USER_DELETED, "USER", user.id(), user.userName());
  }

  /**
   * Applies a PUT or PATCH. userName stays unique through the unique index (users.update flushes),
   * as for create. A write that takes the Admin role or the ACTIVE status from an active Admin
   * (deactivation, or a re-roling by the mappings) is refused if no active Admin is left; only such
   * writes pay for the check.
   */
  private void apply(Actor actor, String action, Organization org, User user, UserDocument doc) {
    boolean wasActiveAdmin = user.isActiveAdmin();
    UserSnapshot before = UserSnapshot.of(user);
    user.updateProfile(
        doc.userName(),
        doc.externalId(),
        doc.displayName(),
        doc.email(),
        doc.givenName(),
        doc.familyName(),
        doc.storedJson(),
        doc.roleValues());
    if (doc.password() != null) {
      user.setPasswordHash(PasswordHasher.hash(doc.password()));
    }
    if (doc.active() != null && doc.active() != user.active()) {
      user.applyIdpActive(doc.active(), org.autoActivateUsers());
    }
    user.markScimManaged();
    roles.assign(org, user);
    user.touch(Instant.now());
    users.update(user);
    events.userChanged(before, user);
    if (wasActiveAdmin && !user.isActiveAdmin()) {
      adminGuard.requireActiveAdmin(actor, org, action, "USER", user.id());
    }
  }

  private List<GroupRepository.GroupRef> groupsOf(User user, AttributeSelection selection) {
    return selection.includes("groups")
        ? groups
            .groupsOf(user.organizationId(), List.of(user.id()))
            .getOrDefault(user.id(), List.of())
        : List.of();
  }

  private User load(Actor actor, String id) {
    return users
        .findForDisplay(actor.organizationId(), ScimRequests.id(id, "User"))
        .orElseThrow(() -> new NotFoundException("User " + id + " not found."));
  }

  private User loadForUpdate(Actor actor, String id) {
    return users
        .findByIdForUpdate(actor.organizationId(), ScimRequests.id(id, "User"))
        .orElseThrow(() -> new NotFoundException("User " + id + " not found."));
  }

  private Organization organization(Actor actor) {
    return organizations
        .findById(actor.organizationId())
        .orElseThrow(() -> new NotFoundException("Organization not found."));
  }

  private static ScimResource resource(
      User user, List<GroupRepository.GroupRef> memberships, String base) {
    return new ScimResource(
        user.id(),
        UserRenderer.render(user, memberships, base),
        UserRenderer.meta(user, base).etag(),
        base + "/Users/" + user.id());
  }

  private static String summary(User user) {
    return "userName=" + user.userName() + " status=" + user.status() + " role=" + user.role();
  }
}
