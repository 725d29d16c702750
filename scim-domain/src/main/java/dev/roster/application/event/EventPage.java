package dev.roster.application.event;

import dev.roster.domain.event.Event;
import java.util.List;

/** Events oldest first, and the cursor to read on from (the same place when none came). */
public record EventPage(List<Event> events, String after) {}
