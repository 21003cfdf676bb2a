package vn.dvc.adapter.admin.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import vn.dvc.adapter.admin.ops.LedgerHealthIndicator;

/**
 * A console page or an API call asked for while the ledger's database is away gets its answer within
 * the health check's timeout (2 s) instead of after the pool's connection timeout (10 s), and at once
 * while a recent check found the database away: {@link LedgerDownPage}'s page, or the API's 503 problem
 * with {@code Retry-After} ({@code admin/api/ApiProblems}). Every handler of the adapter reads the ledger
 * but the login form, which is not held; nor is what is not the adapter's (actuator, springdoc). A busy
 * pool is no outage: the request waits for its connection as before.
 */
final class LedgerAway implements HandlerInterceptor {

    private static final String ADAPTER = "vn.dvc.adapter.";

    private final LedgerHealthIndicator ledger;

    LedgerAway(LedgerHealthIndicator ledger) {
        this.ledger = ledger;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.getBeanType().getPackageName().startsWith(ADAPTER)
                && method.getBeanType() != LoginPage.class && ledger.away()) {
            throw new DataAccessResourceFailureException("no connection to the ledger's database (its health check)");
        }
        return true;
    }
}
