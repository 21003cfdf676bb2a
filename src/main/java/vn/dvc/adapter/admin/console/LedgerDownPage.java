package vn.dvc.adapter.admin.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import vn.dvc.adapter.ledger.LedgerWrites;

/**
 * A console page whose ledger cannot be read (its database away): 503 and a page that says so and
 * that the scheduled runs catch up by themselves, instead of an error page. The database and the
 * cause go to the log, not to the page.
 */
@ControllerAdvice(basePackageClasses = LedgerDownPage.class)
class LedgerDownPage {

    private static final Logger log = LoggerFactory.getLogger(LedgerDownPage.class);

    private final LedgerWrites ledger;

    LedgerDownPage(LedgerWrites ledger) {
        this.ledger = ledger;
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ModelAndView ledgerDown(RuntimeException e) {
        log.warn("bảng điều khiển: {}", ledger.fault(e));
        ModelAndView page = new ModelAndView("error", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        return page;
    }
}
