package vn.dvc.adapter.simulator;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** The claims of an online dossier's ID token; a failing token breaks exactly one rule of domain.md §5. */
final class IdTokenClaims {

    static final String ISSUER = "https://sso.dichvucong.gov.vn";
    static final String AUDIENCE = "motcua-hoabinh";
    /** Another province's one-stop system: a token meant for it must not pass here. */
    static final String OTHER_AUDIENCE = "motcua-sonla";

    private IdTokenClaims() {}

    static JWTClaimsSet of(Plan plan, People.Person applicant, SplittableRandom r) {
        Instant submitted = plan.times().submitted();
        Instant issued = plan.eauth() == Plan.Eauth.EXPIRED
            ? submitted.minusSeconds(r.nextLong(2 * 3600, 3 * 86400)) // exp (iat + 1 h) before submission
            : submitted.minusSeconds(r.nextLong(60, 600));
        return claims(plan.eauth(), plan.method(), applicant, issued, r);
    }

    /**
     * The token of an SSO session that opened before {@code windowStart} and serves every dossier the
     * applicant submits in the {@link Sessions#WINDOW_SECONDS} after it (the benchmark data set).
     */
    static JWTClaimsSet ofSession(Plan.Eauth eauth, String method, People.Person applicant, Instant windowStart,
                                  SplittableRandom r) {
        Instant issued = eauth == Plan.Eauth.EXPIRED
            ? windowStart.minusSeconds(r.nextLong(2 * 3600, 3 * 86400)) // exp (iat + 1 h) before the window
            // iat at most one window earlier, so exp (iat + 1 h) is after the window's end
            : windowStart.minusSeconds(r.nextLong(0, Sessions.WINDOW_SECONDS));
        return claims(eauth, method, applicant, issued, r);
    }

    private static JWTClaimsSet claims(Plan.Eauth eauth, String method, People.Person applicant, Instant issued,
                                       SplittableRandom r) {
        String subjectId = eauth == Plan.Eauth.SUBJECT
            ? People.idNumber(r, !applicant.male()) // signed in as someone else (a relative's account)
            : applicant.idNumber();
        String id = applicant.idNumber();
        return new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(new UUID(Seeds.hash(3, id), Seeds.hash(4, id)).toString())
            .audience(List.of(eauth == Plan.Eauth.AUDIENCE ? OTHER_AUDIENCE : AUDIENCE))
            .issueTime(Date.from(issued))
            .expirationTime(Date.from(issued.plusSeconds(3600)))
            .claim("auth_time", issued.getEpochSecond())
            .claim("acr", eauth == Plan.Eauth.ACR ? "LoA1" : "LoA2")
            .claim("amr", List.of("VNEID".equals(method) ? "vneid" : "pwd"))
            .claim("name", applicant.name())
            .claim("SoDinhDanh", subjectId)
            .build();
    }
}
