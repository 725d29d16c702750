package dev.roster.application.scim;

import dev.roster.domain.role.Role;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserStatus;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** A user before a change, to tell afterwards which events the change makes. */
public record UserSnapshot(Map<String, Object> attributes, UserStatus status, Role role) {
  public static UserSnapshot of(User user) {
    return new UserSnapshot(UserDocument.attributes(user), user.status(), user.role());
  }

  /**
   * The SCIM attributes whose value differs in {@code after}, by name, in alphabetical order;
   * {@code active} aside, since the status events tell its change.
   */
  public List<String> changedAttributes(User after) {
    Map<String, Object> now = UserDocument.attributes(after);
    TreeSet<String> names = new TreeSet<>(attributes.keySet());
    names.addAll(now.keySet());
    names.removeIf(name -> Objects.equals(attributes.get(name), now.get(name)));
    names.remove("active");
    return List.copyOf(names);
  }
}
