package vn.dvc.adapter.ledger;

import java.time.Duration;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/**
 * What the ledger's upkeep jobs ({@link KeyRotation}, {@link Retention}, {@link Backup}) share: they
 * hold the ledger's lease like a sync, so no run writes a row they are rewriting or deleting, and each
 * leaves a line in the audit log ({@code admin_audit}) with its counts.
 */
@Component
class Maintenance {

    /** Renewed after every batch; a job that dies frees the ledger within this. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private final AdminAudits audits;
    private final Lease lease;

    public Maintenance(AdminAudits audits, Lease lease) {
        this.audits = audits;
        this.lease = lease;
    }

    /** Runs the job holding the lease (waiting up to {@code wait} for it); refuses, naming the holder, when another keeps it. */
    <T> T holding(String job, Duration wait, Function<Runnable, T> work) {
        Lease.Held held = lease.acquire(LEASE, wait);
        if (held == null) {
            throw new IllegalStateException(job + ": một lượt khác đang ghi sổ cái (" + lease.holder() + "); thử lại sau"
                    + " / another run holds the ledger; try again later");
        }
        try {
            return work.apply(() -> lease.renew(held, LEASE));
        } finally {
            lease.release(held);
        }
    }

    /** One line of the audit log (the console's Nhật ký page). */
    void audit(String action, String actor, String outcome, String detail) {
        audits.record(action, actor, outcome, detail, null, null);
    }
}
