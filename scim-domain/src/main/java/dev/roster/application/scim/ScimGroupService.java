package dev.roster.application.scim;

import dev.roster.application.audit.AuditRecorder;
import dev.roster.application.common.Actor;
import dev.roster.application.event.EventRecorder;
import dev.roster.application.organization.ActiveAdminGuard;
import dev.roster.application.token.ScimCaller;
import dev.roster.domain.audit.AuditActions;
import dev.roster.domain.common.NotFoundException;
import dev.roster.domain.event.EventTypes;
import dev.roster.domain.group.Group;
import dev.roster.domain.group.GroupRepository;
import dev.roster.domain.organization.Organization;
import dev.roster.domain.organization.OrganizationRepository;
import dev.roster.scim.error.InvalidValueException;
import dev.roster.scim.model.AttributeSelection;
import dev.roster.scim.model.ScimCanonicalizer;
import dev.roster.scim.patch.GroupPatchPlan;
import dev.roster.scim.patch.MemberChange;
import dev.roster.scim.patch.PatchEngine;
import dev.roster.scim.patch.PatchRequest;
import dev.roster.scim.query.ResourceQuery;
import dev.roster.scim.query.ResultPage;
import dev.roster.scim.schema.ScimSchemas;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * SCIM /Groups of the caller's organization. Membership changes are set-based; the member list is
 * only read to render it, or to recompute roles when a group role mapping depends on it.
 */
@ApplicationScoped
@Transactional
public class ScimGroupService {
  private static final ScimCanonicalizer CANON = new ScimCanonicalizer(ScimSchemas.GROUP_TYPE);

  @Inject GroupRepository groups;
  @Inject OrganizationRepository organizations;
  @Inject RoleAssigner roles;
  @Inject AuditRecorder audit;
  @Inject EventRecorder events;
  @Inject ActiveAdminGuard adminGuard;

  public ScimResource create(Actor actor, String body, String base) {
    Organization org = organization(actor);
    Map<String, Object> tree = CANON.resource(ScimRequests.body(body));
    Group group =
        Group.create(
            org.id(), text(tree.get("displayName")), text(tree.get("externalId")), Instant.now());
    // Stored first: a taken displayName (decided by the unique index) is the 409 an IdP expects
    // before anything is said about the members.
    groups.add(group);
    events.group(EventTypes.GROUP_CREATED, group);
    Set<UUID> members = MemberIds.resolve(groups, org.id(), memberValues(tree));
    events.members(
        EventTypes.GROUP_MEMBER_ADDED, group, groups.addMembers(org.id(), group.id(), members));
    if (roles.groupMapped(org, group.displayName())) {
      reassign(actor, AuditActions.SCIM_GROUP_CREATED, org, group, members);
    }
    audit.success(
        actor, AuditActions.SCIM_GROUP_CREATED, "GROUP", group.id(), detail(group, members.size()));
    return resource(group, AttributeSelection.ALL, base);
  }

  // Reads join a transaction if there is one but open none: a JTA transaction per read would
  // cost a begin, a connection enlistment and a commit for nothing.
  // The group-sync switch comes with the caller (read by the token check), so reads run no
  // organization query.
  @Transactional(Transactional.TxType.SUPPORTS)
  public ScimResource get(ScimCaller caller, String id, AttributeSelection selection, String base) {
    requireGroupSync(caller);
    return resource(load(caller.organizationId(), id), selection, base);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ScimList list(
      ScimCaller caller, ResourceQuery query, AttributeSelection selection, String base) {
    requireGroupSync(caller);
    UUID org = caller.organizationId();
    ResultPage<Group> page = groups.search(org, query);
    Map<UUID, List<GroupRepository.Member>> members =
        selection.includes("members") && !page.items().isEmpty()
            ? groups.members(org, page.items().stream().map(Group::id).toList())
            : Map.of();
    return ScimList.of(
        page.items().stream()
            .map(g -> selection.apply(GroupRenderer.render(g, members.get(g.id()), base)))
            .toList(),
        page,
        query);
  }

  public ScimResource replace(Actor actor, String id, String body, String ifMatch, String base) {
    Organization org = organization(actor);
    Group group = loadForUpdate(actor, id);
    ScimRequests.ifMatch(ifMatch, group.version());
    Map<String, Object> tree = CANON.resource(ScimRequests.body(body));
    String oldName = group.displayName();
    String oldExternalId = group.externalId();
    group.rename(text(tree.get("displayName")), text(tree.get("externalId")));
    Set<UUID> members = MemberIds.resolve(groups, org.id(), memberValues(tree));
    boolean mapped = roles.groupMapped(org, oldName, group.displayName());
    // Read whatever the mappings: the member events name who left and who joined.
    List<UUID> before = groups.memberIds(org.id(), group.id());
    groups.removeAllMembers(org.id(), group.id());
    memberEvents(group, before, groups.addMembers(org.id(), group.id(), members));
    touch(group);
    groupUpdated(group, oldName, oldExternalId);
    if (mapped) {
      List<UUID> affected = new ArrayList<>(before);
      affected.addAll(members);
      reassign(actor, AuditActions.SCIM_GROUP_REPLACED, org, group, Set.copyOf(affected));
    }
    audit.success(
        actor,
        AuditActions.SCIM_GROUP_REPLACED,
        "GROUP",
        group.id(),
        detail(group, members.size()));
    return resource(group, AttributeSelection.ALL, base);
  }

  /** Applies a PATCH; returns the new version's resource without members. */
  public ScimResource patch(Actor actor, String id, String body, String ifMatch, String base) {
    // A malformed request is a 400 whether or not the group exists (clients validate first).
    GroupPatchPlan plan = GroupPatchPlan.of(PatchRequest.parse(ScimRequests.body(body)));
    new PatchEngine(CANON).validate(plan.attributeOperations());
    Organization org = organization(actor);
    Group group = loadForUpdate(actor, id);
    ScimRequests.ifMatch(ifMatch, group.version());
    String oldName = group.displayName();
    String oldExternalId = group.externalId();
    if (!plan.attributeOperations().isEmpty()) {
      Map<String, Object> tree = new LinkedHashMap<>();
      tree.put("displayName", group.displayName());
      if (group.externalId() != null) {
        tree.put("externalId", group.externalId());
      }
      tree = new PatchEngine(CANON).apply(tree, plan.attributeOperations());
      group.rename(text(tree.get("displayName")), text(tree.get("externalId")));
    }
    boolean mapped = roles.groupMapped(org, oldName, group.displayName());
    Set<UUID> affected = new java.util.LinkedHashSet<>();
    if (mapped && !oldName.equals(group.displayName())) {
      affected.addAll(groups.memberIds(org.id(), group.id()));
    }
    int changes = 0;
    for (MemberChange change : plan.members()) {
      changes += applyMembers(org, group, change, mapped, affected);
    }
    touch(group);
    groupUpdated(group, oldName, oldExternalId);
    if (mapped) {
      reassign(actor, AuditActions.SCIM_GROUP_PATCHED, org, group, affected);
    }
    audit.success(
        actor,
        AuditActions.SCIM_GROUP_PATCHED,
        "GROUP",
        group.id(),
        detail(group, changes) + " changed");
    return resource(group, AttributeSelection.of(null, "members"), base);
  }

  private int applyMembers(
      Organization org, Group group, MemberChange change, boolean mapped, Set<UUID> affected) {
    UUID gid = group.id();
    switch (change.kind()) {
      case ADD -> {
        Set<UUID> added =
            groups.addMembers(
                org.id(), gid, MemberIds.resolve(groups, org.id(), change.memberIds()));
        events.members(EventTypes.GROUP_MEMBER_ADDED, group, added);
        affected.addAll(added);
        return added.size();
      }
      case REMOVE -> {
        Set<UUID> ids = parseQuietly(change.memberIds());
        events.currentMembers(EventTypes.GROUP_MEMBER_REMOVED, group, ids); // before they go
        affected.addAll(ids);
        return groups.removeMembers(org.id(), gid, ids);
      }
      default -> {
        Set<UUID> replacement =
            change.kind() == MemberChange.Kind.REPLACE
                ? MemberIds.resolve(groups, org.id(), change.memberIds())
                : Set.of();
        List<UUID> before = groups.memberIds(org.id(), gid);
        if (mapped) {
          affected.addAll(before);
        }
        int removed = groups.removeAllMembers(org.id(), gid);
        affected.addAll(replacement);
        Set<UUID> added = groups.addMembers(org.id(), gid, replacement);
        memberEvents(group, before, added);
        return removed + added.size();
      }
    }
  }

  public void delete(Actor actor, String id, String ifMatch) {
    Organization org = organization(actor);
    Group group = loadForUpdate(actor, id);
    ScimRequests.ifMatch(ifMatch, group.version());
    boolean mapped = roles.groupMapped(org, group.displayName());
    List<UUID> members = mapped ? groups.memberIds(org.id(), group.id()) : List.of();
    groups.remove(group);
    events.group(EventTypes.GROUP_DELETED, group);
    if (mapped) {
      reassign(actor, AuditActions.SCIM_GROUP_DELETED, org, group, members);
    }
    audit.success(actor, AuditActions.SCIM_GROUP_DELETED, "GROUP", group.id(), group.displayName());
  }

  /**
   * Re-roles the members whose groups changed; refused if that took the Admin role from the
   * organization's last active Admin (checked only when some active Admin lost it).
   */
  private void reassign(
      Actor actor, String action, Organization org, Group group, Collection<UUID> userIds) {
    if (roles.reassign(org, userIds)) {
      adminGuard.requireActiveAdmin(actor, org, action, "GROUP", group.id());
    }
  }

  /**
   * After a member list was replaced by {@code now}: member_removed for those of {@code before} no
   * longer in it, member_added for those who were not in it before; nothing for who stayed.
   */
  private void memberEvents(Group group, Collection<UUID> before, Set<UUID> now) {
    Set<UUID> left = new java.util.LinkedHashSet<>(before);
    left.removeAll(now);
    Set<UUID> joined = new java.util.LinkedHashSet<>(now);
    before.forEach(joined::remove);
    events.members(EventTypes.GROUP_MEMBER_REMOVED, group, left);
    events.members(EventTypes.GROUP_MEMBER_ADDED, group, joined);
  }

  private void groupUpdated(Group group, String oldName, String oldExternalId) {
    List<String> changed = new ArrayList<>();
    if (!oldName.equals(group.displayName())) {
      changed.add("displayName");
    }
    if (!java.util.Objects.equals(oldExternalId, group.externalId())) {
      changed.add("externalId");
    }
    if (!changed.isEmpty()) {
      events.groupUpdated(group, changed);
    }
  }

  private void touch(Group group) {
    group.touch(Instant.now());
    groups.update(group);
  }

  private static Set<UUID> parseQuietly(List<String> values) {
    Set<UUID> ids = new java.util.LinkedHashSet<>();
    for (String v : values) {
      try {
        ids.add(UUID.fromString(v.strip()));
      } catch (IllegalArgumentException e) {
        // not a member id, so nothing to remove
      }
    }
    return ids;
  }

  private static List<String> memberValues(Map<String, Object> tree) {
    List<String> values = new ArrayList<>();
    if (tree.get("members") instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m && m.get("value") != null) {
          values.add(m.get("value").toString());
        } else {
          throw new InvalidValueException("Each member needs a 'value' (the user's id).");
        }
      }
    }
    return values;
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  private static String detail(Group group, int members) {
    return "displayName=" + group.displayName() + " members=" + members;
  }

  private ScimResource resource(Group group, AttributeSelection selection, String base) {
    List<GroupRepository.Member> members =
        selection.includes("members")
            ? groups.members(group.organizationId(), List.of(group.id())).get(group.id())
            : null;
    return new ScimResource(
        group.id(),
        selection.apply(GroupRenderer.render(group, members, base)),
        GroupRenderer.meta(group, base).etag(),
        base + "/Groups/" + group.id());
  }

  private Group load(UUID organizationId, String id) {
    return groups
        .findById(organizationId, ScimRequests.id(id, "Group"))
        .orElseThrow(() -> new NotFoundException("Group " + id + " not found."));
  }

  /** Locks the group row: concurrent changes to one group run one after the other. */
  private Group loadForUpdate(Actor actor, String id) {
    return groups
        .findByIdForUpdate(actor.organizationId(), ScimRequests.id(id, "Group"))
        .orElseThrow(() -> new NotFoundException("Group " + id + " not found."));
  }

  private static void requireGroupSync(ScimCaller caller) {
    if (!caller.groupSync()) {
      throw new GroupSyncDisabledException();
    }
  }

  private Organization organization(Actor actor) {
    Organization org =
        organizations
            .findById(actor.organizationId())
            .orElseThrow(() -> new NotFoundException("Organization not found."));
    if (!org.syncGroups()) {
      throw new GroupSyncDisabledException();
    }
    return org;
  }
}
