package vn.dvc.adapter.sync;

import org.springframework.stereotype.Component;

import vn.dvc.adapter.catalogue.IntegrationCheck;
import vn.dvc.adapter.checks.Checked;
import vn.dvc.adapter.checks.EAuthResult;
import vn.dvc.adapter.ledger.ErrorClass;
import vn.dvc.adapter.ledger.Failure;
import vn.dvc.adapter.ledger.Resend;
import vn.dvc.adapter.ledger.Stage;
import vn.dvc.adapter.system.AdapterProperties;

/**
 * When a valid dossier waits (HELD) instead of being sent, for a sync and a replay alike: its
 * procedure is unknown to DVCQG (the portal would refuse it), or its online applicant's
 * e-authentication failed while {@code adapter.checks.eauth-failure} is {@code hold}.
 */
@Component
public class HoldPolicy {

    /** The error code of a dossier held for its e-authentication: this, then the verifier's reason. */
    static final String EAUTH_PREFIX = "EAUTH_";

    private final IntegrationCheck integration;
    private final boolean holdOnEauthFailure;

    public HoldPolicy(IntegrationCheck integration, AdapterProperties properties) {
        this.integration = integration;
        this.holdOnEauthFailure = properties.checks().holdOnEauthFailure();
    }

    /** The one rule: a procedure DVCQG does not list, or a failed e-authentication the policy holds. */
    boolean holds(IntegrationCheck.Finding finding, boolean eauthFailed) {
        return finding.holds() || holdOnEauthFailure && eauthFailed;
    }

    /** Why a dossier of this sync must wait, with its catalogue finding, or null to send it. */
    Failure reason(Checked.Valid v, IntegrationCheck.Finding finding) {
        EAuthResult eauth = v.facts().eauth();
        if (!holds(finding, eauth != null && eauth.failed())) {
            return null;
        }
        if (finding.holds()) {
            return new Failure(ErrorClass.HELD, Stage.CHECK, IntegrationCheck.PROCEDURE_UNKNOWN, "MaTTHC",
                    "Hồ sơ " + v.maHoSo() + ": thủ tục " + v.facts().maTTHC() + " chưa có trong danh mục của Cổng DVCQG"
                            + " cho đơn vị " + v.facts().maDonVi() + "; sẽ gửi khi danh mục cập nhật",
                    "dossier " + v.maHoSo() + ": procedure " + v.facts().maTTHC() + " is not in the national portal's catalogue"
                            + " for agency " + v.facts().maDonVi() + "; it is sent when the catalogue has it", null);
        }
        return new Failure(ErrorClass.HELD, Stage.CHECK, EAUTH_PREFIX + eauth.reason(), "XacThuc.IdToken",
                "Hồ sơ " + v.maHoSo() + ": không xác thực được người nộp trực tuyến (" + eauth.reason() + ": "
                        + eauth.detail() + ")",
                "dossier " + v.maHoSo() + ": the online applicant could not be authenticated (" + eauth.reason() + ": "
                        + eauth.detail() + ")", null);
    }

    /** A HELD row a replay reads still waits: the same rule, its e-authentication known from the code it was held with. */
    public boolean stillHeld(Resend row) {
        boolean eauthFailed = row.errorCode() != null && row.errorCode().startsWith(EAUTH_PREFIX);
        return holds(integration.check(row.maDonVi(), row.maTTHC()), eauthFailed);
    }
}
