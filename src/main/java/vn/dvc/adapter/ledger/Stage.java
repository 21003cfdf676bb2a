package vn.dvc.adapter.ledger;

/** Where a transfer stopped ({@code error_stage}); stored by {@link #name()}. */
public enum Stage {
    /** Our checks, before any call to the portal. */
    CHECK,
    /** The portal's dossier call ({@code DongBoHoSoMC}). */
    DOSSIER,
    /** The portal's progress call ({@code CapNhatTienDoHoSoMC}), after the dossier was taken. */
    PROGRESS,
    /** The reconciliation found the portal lacking it, or holding it stale ({@code Reconciliations}). */
    RECONCILE
}
