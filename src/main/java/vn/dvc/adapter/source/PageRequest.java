package vn.dvc.adapter.source;

import java.time.Instant;

/** One page to ask the one-stop system for: from {@code updatedSince} (inclusive), or after {@code cursor}. */
public record PageRequest(Instant updatedSince, String cursor, int limit) {}
