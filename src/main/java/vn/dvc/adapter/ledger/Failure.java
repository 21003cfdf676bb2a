package vn.dvc.adapter.ledger;

/**
 * Why a transfer did not go through, as recorded with it.
 *
 * @param errorClass TRANSIENT (the portal or the network; retried), PERMANENT (the portal refused
 *                   the data) or INVALID (our checks refused the record)
 * @param stage      CHECK, DOSSIER or PROGRESS
 * @param code       a short machine code, e.g. HTTP_503, PORTAL_REJECTED, INVALID_DATE
 * @param field      the field at fault, when known
 * @param httpStatus the portal's HTTP status, when there was one
 */
public record Failure(String errorClass, String stage, String code, String field, String message, Integer httpStatus) {

    private static final int MAX_MESSAGE = 2000;

    public Failure {
        if (message != null && message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE);
        }
    }
}
