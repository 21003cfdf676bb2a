package vn.dvc.adapter.ledger;

/**
 * Why a transfer did not go through, as recorded with it.
 *
 * @param errorClass TRANSIENT (the portal or the network; retried), PERMANENT (the portal refused
 *                   the data), INVALID (our checks refused the record) or HELD (it waits)
 * @param stage      CHECK, DOSSIER or PROGRESS
 * @param code       a short machine code, e.g. HTTP_503, PORTAL_REJECTED, INVALID_DATE
 * @param field      the field at fault, when known
 * @param message    why, in Vietnamese (the ledger's default language)
 * @param messageEn  the same in English, or null (then worded from the code)
 * @param httpStatus the portal's HTTP status, when there was one
 */
public record Failure(ErrorClass errorClass, Stage stage, String code, String field, String message, String messageEn,
                      Integer httpStatus) {

    private static final int MAX_MESSAGE = 2000;

    public Failure {
        message = Transfers.cut(message, MAX_MESSAGE);
        messageEn = Transfers.cut(messageEn, MAX_MESSAGE);
    }

    /** No failure: every column empty. */
    public static final Failure NONE = new Failure(null, null, null, null, null, null, null);

    /** The class as the ledger stores it, or null. */
    String errorClassCode() {
        return errorClass == null ? null : errorClass.name();
    }

    /** The stage as the ledger stores it, or null. */
    String stageCode() {
        return stage == null ? null : stage.name();
    }
}
