package vn.dvc.adapter.portal;

import java.util.List;

/**
 * Told by {@link DossierPush} around each call of the portal, so that what one call comes to is
 * committed before the next call is made: after a crash, only the calls in flight are in doubt.
 */
public interface PushCalls {

    /**
     * Before each attempt of a call (retries included): commit what earlier calls answered.
     * {@code progress}: the items whose new progress entries this call sends (empty for
     * {@code DongBoHoSoMC}), to be recorded as in flight. Throws to make no call at all.
     */
    void calling(List<PushItem> progress);

    /** A {@code DongBoHoSoMC} answered for these items: accepted (their progress may follow), failed or refused. */
    void dossiersAnswered(List<Outcome> outcomes);

    /**
     * A {@code CapNhatTienDoHoSoMC} answered for these items: their progress accepted, failed or refused.
     * {@code mayBeDoubled}: an earlier attempt's answer was lost after the request went out, so the portal
     * may hold these entries twice.
     */
    void progressAnswered(List<Outcome> outcomes, boolean mayBeDoubled);

    /** Nothing to tell (a push whose outcomes the caller writes all at once). */
    PushCalls NONE = new PushCalls() {
        @Override
        public void calling(List<PushItem> progress) {
        }

        @Override
        public void dossiersAnswered(List<Outcome> outcomes) {
        }

        @Override
        public void progressAnswered(List<Outcome> outcomes, boolean mayBeDoubled) {
        }
    };
}
