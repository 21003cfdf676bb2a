package vn.dvc.adapter.ledger;

import java.time.Instant;

/**
 * Where the next run starts reading the source: every dossier with a CapNhatLuc before
 * {@code updatedSince} has a committed outcome. The source reads {@code updatedSince}
 * inclusively, so the last page's final items are read again and found unchanged: opaque
 * cursors may expire between runs, an instant does not.
 */
public record Checkpoint(Instant updatedSince, String lastKey) {}
