package vn.dvc.adapter.admin.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.ledger.AdminAudits;

/**
 * Failed logins (console form or HTTP Basic) count towards the {@link LoginThrottle}'s locks; the
 * audit log gets the first failure of a streak and the one that locked it, with the name tried and
 * the client's address: a burst of fifty is two rows, not fifty.
 */
@Component
@ConditionalOnWebApplication
class LoginAudit {

    private final AdminAudits audit;
    private final LoginThrottle throttle;

    LoginAudit(AdminAudits audit, LoginThrottle throttle) {
        this.audit = audit;
        this.throttle = throttle;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String user = String.valueOf(event.getAuthentication().getName());
        String remote = remote(event.getAuthentication().getDetails());
        record(throttle.failed(user, remote), user, remote, event.getException().getClass().getSimpleName());
    }

    /** A login whose user name is longer than any user's, refused unread: it counts towards its address's streak. */
    void nameTooLong(int length, String remote) {
        record(throttle.failed(null, remote), "(" + length + " ký tự / characters)", remote, "NameTooLong");
    }

    private void record(LoginThrottle.Verdict verdict, String user, String remote, String reason) {
        switch (verdict) {
            case FIRST -> audit.record(AdminAudits.LOGIN_FAILED, user, "REFUSED", reason, null, remote);
            case LOCKED_NOW -> audit.record(AdminAudits.LOGIN_LOCKED, user, "LOCKED", "BruteForceLock", null, remote);
            case COUNTED -> { }
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName(), remote(event.getAuthentication().getDetails()));
    }

    private static String remote(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
