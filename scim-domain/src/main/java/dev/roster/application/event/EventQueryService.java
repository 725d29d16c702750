package dev.roster.application.event;

import dev.roster.application.common.Actor;
import dev.roster.domain.common.NotFoundException;
import dev.roster.domain.common.ValidationException;
import dev.roster.domain.event.Event;
import dev.roster.domain.event.EventLog;
import dev.roster.domain.event.EventTypes;
import dev.roster.domain.organization.OrganizationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads events by cursor: an admin its organization's, the platform one organization's or all. */
@ApplicationScoped
public class EventQueryService {
  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 1000;

  @Inject EventLog log;
  @Inject OrganizationRepository organizations;

  /** The admin's own organization's events; a cursor never widens that. */
  public EventPage forAdmin(Actor actor, String types, String after, String limit) {
    return read(actor.organizationId(), types, after, limit);
  }

  /** One organization's events by its slug, or all organizations' when the slug is blank. */
  public EventPage forPlatform(String organizationSlug, String types, String after, String limit) {
    UUID organizationId = null;
    if (organizationSlug != null && !organizationSlug.isBlank()) {
      organizationId =
          organizations
              .findBySlug(organizationSlug.strip())
              .orElseThrow(
                  () -> new NotFoundException("No organization '" + organizationSlug + "'."))
              .id();
    }
    return read(organizationId, types, after, limit);
  }

  private EventPage read(UUID organizationId, String types, String after, String limit) {
    long position = EventCursor.decode(after);
    Set<String> wanted = types(types);
    List<Event> events = log.readAfter(position, organizationId, wanted, limit(limit));
    long next = events.isEmpty() ? position : events.get(events.size() - 1).position();
    return new EventPage(events, EventCursor.encode(next));
  }

  static Set<String> types(String types) {
    Set<String> wanted = new LinkedHashSet<>();
    if (types == null || types.isBlank()) {
      return wanted;
    }
    for (String type : types.split(",")) {
      String t = type.strip();
      if (t.isEmpty()) {
        continue;
      }
      if (!EventTypes.isKnown(t)) {
        throw new ValidationException(
            "Unknown event type '"
                + t
                + "'; known types: "
                + String.join(", ", EventTypes.ALL)
                + ".");
      }
      wanted.add(t);
    }
    return wanted;
  }

  static int limit(String limit) {
    if (limit == null || limit.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(limit.strip());
      if (n >= 1 && n <= MAX_LIMIT) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new ValidationException(
        "'limit' must be a whole number from 1 to "
            + MAX_LIMIT
            + " (default "
            + DEFAULT_LIMIT
            + ").");
  }
}
