package vn.dvc.adapter.sync;

import java.util.List;

import vn.dvc.adapter.ledger.Checkpoint;
import vn.dvc.adapter.portal.PushItem;
import vn.dvc.adapter.source.SourcePage;

/**
 * A page whose records are committed to the ledger: the batches still to push, and the
 * checkpoint to move to once they are pushed (null when the page had no dated record), and the
 * CapNhatLuc of its first dated record.
 */
public record RecordedPage(SourcePage page, List<List<PushItem>> batches, Checkpoint next, java.time.Instant first) {}
