package vn.dvc.adapter.ledger;

import java.util.List;

/**
 * What the ledger knows of a dossier when a new version of it arrives.
 *
 * @param progressHeld the progress entries held back so far, in the ledger's form ("3,7"), or null
 */
public record Known(String maHoSo, State state, String contentHash, String sentHash, boolean atPortal, int progressSent,
                    String progressHeld) {

    /**
     * The portal already holds exactly this content and every progress entry it may have: nothing
     * to send. {@code progress} holds null for an entry held back; one held back before and
     * corrected since is something to send.
     */
    public boolean upToDate(String hash, List<?> progress) {
        if (state != State.SENT || !hash.equals(sentHash) || progressSent < progress.size()) {
            return false;
        }
        if (progressHeld != null) {
            for (String i : progressHeld.split(",")) {
                int entry = Integer.parseInt(i);
                if (entry < progress.size() && progress.get(entry) != null) {
                    return false;
                }
            }
        }
        return true;
    }

    /** This very record was refused before and has not changed since. */
    public boolean refusedAlready(String hash) {
        return state == State.QUARANTINED && hash.equals(contentHash);
    }
}
