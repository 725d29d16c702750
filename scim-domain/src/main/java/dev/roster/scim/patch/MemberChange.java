package dev.roster.scim.patch;

import java.util.List;

/** A change to a group's members, applied as set-based statements without loading members. */
public record MemberChange(Kind kind, List<String> memberIds) {
  public enum Kind {
    ADD,
    REMOVE,
    REMOVE_ALL,
    REPLACE
  }

  public MemberChange {
    memberIds = List.copyOf(memberIds);
  }
}
