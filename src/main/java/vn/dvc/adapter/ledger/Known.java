package vn.dvc.adapter.ledger;

/** What the ledger knows of a dossier when a new version of it arrives. */
public record Known(String maHoSo, State state, String contentHash, String sentHash, boolean atPortal, int progressSent) {

    /** The portal already holds exactly this content and every progress entry: nothing to send. */
    public boolean upToDate(String hash, int progressTotal) {
        return state == State.SENT && hash.equals(sentHash) && progressSent >= progressTotal;
    }

    /** This very record was refused before and has not changed since. */
    public boolean refusedAlready(String hash) {
        return state == State.QUARANTINED && hash.equals(contentHash);
    }
}
