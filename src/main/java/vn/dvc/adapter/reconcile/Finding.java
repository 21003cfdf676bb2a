package vn.dvc.adapter.reconcile;

import vn.dvc.adapter.ledger.Reconciliations.Target;

/** One dossier read back: what was found, and why in words (the portal's message, the fields that differ). */
public record Finding(Target target, Result result, String detail) {

    public boolean drift() {
        return result == Result.MISSING || result == Result.STALE;
    }
}
