package vn.dvc.adapter.sync;

import java.util.List;

import vn.dvc.adapter.ledger.Checkpoint;
import vn.dvc.adapter.source.SourcePage;

/**
 * A checked page: the batches to push (their versions are written with their outcomes), the
 * checkpoint to move to once they are (null when the page had no dated record), and the
 * CapNhatLuc of its first dated record.
 */
public record RecordedPage(SourcePage page, List<Batch> batches, Checkpoint next, java.time.Instant first) {}
