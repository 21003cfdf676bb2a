package vn.dvc.adapter.portal;

import vn.dvc.adapter.ledger.ErrorClass;
import vn.dvc.adapter.ledger.Failure;
import vn.dvc.adapter.ledger.Stage;
import vn.dvc.adapter.ledger.State;

/**
 * What became of one {@link PushItem}.
 *
 * @param atPortal     the portal now holds a version of the dossier
 * @param progressSent progress entries the portal now dealt with (sent or held back)
 * @param progressHeld which of them are held back, in the ledger's form ("3,7"), or null
 * @param stage        DOSSIER or PROGRESS, where it stopped (null when accepted)
 * @param message      why not, in Vietnamese; {@code messageEn} the same in English
 */
public record Outcome(String maHoSo, Kind kind, boolean atPortal, int progressSent, String progressHeld, Stage stage,
                      String code, String message, String messageEn, Integer httpStatus) {

    public enum Kind {
        /** The portal holds this content and every progress entry. */
        ACCEPTED,
        /** A transient fault outlasted the retries: send again later. */
        FAILED,
        /** The portal refused the data. */
        REJECTED
    }

    /**
     * The dossier is accepted (or needed nothing). Its progress: when the portal holds the dossier
     * and no entry is left to send (the new ones are all held back), every entry is dealt with;
     * otherwise as before this push, until the progress call says more.
     */
    static Outcome accepted(PushItem item, boolean atPortal) {
        boolean progressDone = atPortal && !item.hasNewProgress();
        return new Outcome(item.maHoSo(), Kind.ACCEPTED, atPortal, progressDone ? item.progress().size() : item.progressSent(),
                progressDone ? item.heldAfter() : item.progressHeld(), null, null, null, null, null);
    }

    /** Accepted with its new progress entries. */
    static Outcome acceptedWithProgress(PushItem item) {
        return new Outcome(item.maHoSo(), Kind.ACCEPTED, true, item.progress().size(), item.heldAfter(), null, null, null,
                null, null);
    }

    /** The ledger's state for it: SENT, FAILED (sent again later) or REJECTED. */
    public State state() {
        return switch (kind) {
            case ACCEPTED -> State.SENT;
            case FAILED -> State.FAILED;
            case REJECTED -> State.REJECTED;
        };
    }

    /** Why the portal did not take it all: a transient fault or a refusal, where it stopped; null when accepted. */
    public Failure failure() {
        return switch (kind) {
            case ACCEPTED -> null;
            case FAILED -> new Failure(ErrorClass.TRANSIENT, stage, code, null, message, messageEn, httpStatus);
            case REJECTED -> new Failure(ErrorClass.PERMANENT, stage, code, null, message, messageEn, httpStatus);
        };
    }
}
