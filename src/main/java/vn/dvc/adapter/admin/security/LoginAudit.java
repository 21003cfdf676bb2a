package vn.dvc.adapter.admin.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.admin.AdminAudit;

/** Failed logins (console form or HTTP Basic) go to the audit log with the name tried and the client's address. */
@Component
@ConditionalOnWebApplication
class LoginAudit {

    private final AdminAudit audit;

    LoginAudit(AdminAudit audit) {
        this.audit = audit;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Object details = event.getAuthentication().getDetails();
        String remote = details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        audit.record(AdminAudit.LOGIN_FAILED, String.valueOf(event.getAuthentication().getName()), "REFUSED",
                event.getException().getClass().getSimpleName(), null, remote);
    }
}
