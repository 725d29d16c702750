package dev.roster.scim;

import dev.roster.domain.user.User;

/** Test fixture only: a "protocol" class that reaches into the domain. */
public class ProtocolOffender {
  public String leak(User user) {
    return user.userName();
  }
}
