package vn.dvc.adapter.checks;

/**
 * A progress entry that could not go to the portal as the source holds it. Its dossier goes all the
 * same: the entry is held back (sent once the source corrects it) or, for a field that is only a
 * label, shortened to the portal's limit with the original kept here (adapter.checks.over-limit).
 *
 * @param entry    the entry's place in the dossier's TienDo, from 0
 * @param message  why, in Vietnamese; {@code messageEn} in English
 * @param original the field's text as the source holds it (shortened entries), else null
 */
public record ProgressIssue(int entry, String field, Action action, Problem problem, String message, String messageEn,
                            String original) {

    public enum Action {
        /** Not sent: waits for the source to correct it. */
        HELD,
        /** Sent with the field cut to the portal's limit. */
        SHORTENED
    }

    static ProgressIssue held(int entry, Violation v) {
        return new ProgressIssue(entry, v.field(), Action.HELD, v.problem(), v.message(), v.messageEn(), null);
    }
}
