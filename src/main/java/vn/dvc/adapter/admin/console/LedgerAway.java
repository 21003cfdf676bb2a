package vn.dvc.adapter.admin.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import vn.dvc.adapter.admin.ops.LedgerHealthIndicator;

/**
 * A console page asked for while the ledger's database is away gets {@link LedgerDownPage}'s answer
 * within the health check's timeout (2 s) instead of after the pool's connection timeout (10 s), and
 * at once while a recent check found the database away. A busy pool is no outage: the page waits for
 * its connection as before. The login form reads no ledger and is not held.
 */
final class LedgerAway implements HandlerInterceptor {

    private final LedgerHealthIndicator ledger;

    LedgerAway(LedgerHealthIndicator ledger) {
        this.ledger = ledger;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.getBeanType().getPackageName().equals(LedgerAway.class.getPackageName())
                && method.getBeanType() != LoginPage.class && ledger.away()) {
            throw new DataAccessResourceFailureException("no connection to the ledger's database (its health check)");
        }
        return true;
    }
}
