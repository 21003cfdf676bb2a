package vn.dvc.adapter.portal;

/**
 * What became of one {@link PushItem}.
 *
 * @param atPortal     the portal now holds a version of the dossier
 * @param progressSent progress entries the portal now has
 * @param stage        DOSSIER or PROGRESS, where it stopped (null when accepted)
 */
public record Outcome(String maHoSo, Kind kind, boolean atPortal, int progressSent, String stage, String code,
                      String message, Integer httpStatus) {

    public enum Kind {
        /** The portal holds this content and every progress entry. */
        ACCEPTED,
        /** A transient fault outlasted the retries: send again later. */
        FAILED,
        /** The portal refused the data. */
        REJECTED
    }

    static Outcome accepted(PushItem item, boolean atPortal, int progressSent) {
        return new Outcome(item.maHoSo(), Kind.ACCEPTED, atPortal, progressSent, null, null, null, null);
    }
}
