package dev.roster.persistence.user;

import dev.roster.domain.user.User;
import dev.roster.scim.model.JsonTree;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps a user's filter index (the {@code user_email} and {@code user_attribute} side tables) in
 * step with its stored SCIM document. The repository calls it on every add and update, so no caller
 * can forget it; the domain knows nothing of these tables. A table is rewritten only when its rows
 * change, which is known from the document before and after, without a query.
 */
final class UserSearchIndex {
  private UserSearchIndex() {}

  /** The rows of a user just stored (there is nothing to remove yet). */
  static void add(EntityManager em, User user) {
    Map<String, Object> document = JsonTree.parse(user.scimAttributes());
    UserEmailIndex.write(em, user, UserEmailIndex.rows(document));
    UserAttributeIndex.write(em, user, UserAttributeIndex.rows(document));
  }

  /** Rewrites the tables whose rows differ between {@code before} and the user's document now. */
  static void update(EntityManager em, User user, String before) {
    if (Objects.equals(before, user.scimAttributes())) {
      return;
    }
    Map<String, Object> old = JsonTree.parse(before);
    Map<String, Object> now = JsonTree.parse(user.scimAttributes());
    var emails = UserEmailIndex.rows(now);
    if (!emails.equals(UserEmailIndex.rows(old))) {
      UserEmailIndex.delete(em, user);
      UserEmailIndex.write(em, user, emails);
    }
    var attributes = UserAttributeIndex.rows(now);
    if (!attributes.equals(UserAttributeIndex.rows(old))) {
      UserAttributeIndex.delete(em, user);
      UserAttributeIndex.write(em, user, attributes);
    }
  }
}
