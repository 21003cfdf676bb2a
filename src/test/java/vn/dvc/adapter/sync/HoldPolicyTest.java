package vn.dvc.adapter.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dvc.adapter.TestProperties;
import vn.dvc.adapter.catalogue.IntegrationCheck;
import vn.dvc.adapter.checks.Checked;
import vn.dvc.adapter.checks.EAuthResult;
import vn.dvc.adapter.checks.EAuthStatus;
import vn.dvc.adapter.checks.Facts;
import vn.dvc.adapter.ledger.ErrorClass;
import vn.dvc.adapter.ledger.Failure;
import vn.dvc.adapter.ledger.Resend;
import vn.dvc.adapter.ledger.Stage;
import vn.dvc.adapter.ledger.State;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.ChecksSettings;

/** A sync and a replay hold a dossier for the same reasons: the one rule of {@link HoldPolicy}. */
class HoldPolicyTest {

    private static final String AGENCY = "000.00.12.H25";
    private static final String LISTED = "1.001";
    private static final String UNLISTED = "9.999";

    /** The national catalogue lists {@link #LISTED} only. */
    private static final IntegrationCheck CATALOGUE = new IntegrationCheck(null) {
        @Override
        public Finding check(String maDonVi, String maTTHC) {
            return new Finding(LISTED.equals(maTTHC) ? OK : UNKNOWN_TO_DVCQG, 3);
        }
    };

    private static HoldPolicy policy(String eauthFailure) {
        return new HoldPolicy(CATALOGUE, TestProperties.of(new ChecksSettings(eauthFailure, null)));
    }

    private static Checked.Valid dossier(String maTTHC, EAuthResult eauth) {
        Facts facts = new Facts(AGENCY, maTTHC, 2, 1, null, null, null, eauth, null, null);
        return new Checked.Valid("HS-1", Instant.parse("2025-03-04T01:20:00Z"), facts, null, List.of(), List.of(), vn.dvc.adapter.system.JsonText.of("{}"),
                "h", List.of());
    }

    private static Failure syncReason(HoldPolicy policy, String maTTHC, EAuthResult eauth) {
        return policy.reason(dossier(maTTHC, eauth), CATALOGUE.check(AGENCY, maTTHC));
    }

    /** The row the sync left for that dossier, as a replay reads it back. */
    private static Resend heldRow(String maTTHC, Failure why) {
        return new Resend("HS-1", State.HELD, "h", null, "{}", false, 0, 0, AGENCY, maTTHC, why.code(), null);
    }

    private static final EAuthResult NO_TOKEN = new EAuthResult(EAuthStatus.FAILED, "MISSING_TOKEN", "no ID token");

    @Test
    void aProcedureDvcqgDoesNotListHoldsTheDossierUntilTheCatalogueListsIt() {
        HoldPolicy policy = policy("send");
        Failure why = syncReason(policy, UNLISTED, EAuthResult.PASSED);

        assertThat(why.errorClass()).isEqualTo(ErrorClass.HELD);
        assertThat(why.stage()).isEqualTo(Stage.CHECK);
        assertThat(why.code()).isEqualTo(IntegrationCheck.PROCEDURE_UNKNOWN);
        assertThat(why.message()).contains("HS-1", UNLISTED, AGENCY);
        assertThat(policy.stillHeld(heldRow(UNLISTED, why))).isTrue();
        assertThat(policy.stillHeld(heldRow(LISTED, why))).as("the catalogue lists it now").isFalse();
        assertThat(syncReason(policy, LISTED, EAuthResult.PASSED)).isNull();
    }

    @Test
    void aFailedEAuthenticationHoldsOnlyUnderTheHoldPolicyInASyncAndInAReplay() {
        Failure sent = syncReason(policy("send"), LISTED, NO_TOKEN);
        assertThat(sent).isNull();

        HoldPolicy hold = policy("hold");
        Failure why = syncReason(hold, LISTED, NO_TOKEN);
        assertThat(why.code()).isEqualTo("EAUTH_MISSING_TOKEN");
        assertThat(why.field()).isEqualTo("XacThuc.IdToken");
        assertThat(hold.stillHeld(heldRow(LISTED, why))).isTrue();
        assertThat(policy("send").stillHeld(heldRow(LISTED, why))).as("the policy changed to send").isFalse();
    }

    @Test
    void theUnknownProcedureIsTheReasonGivenWhenBothHold() {
        Failure why = syncReason(policy("hold"), UNLISTED, NO_TOKEN);

        assertThat(why.code()).isEqualTo(IntegrationCheck.PROCEDURE_UNKNOWN);
        assertThat(why.field()).isEqualTo("MaTTHC");
    }
}
