package vn.dvc.adapter.admin.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dvc.adapter.admin.LedgerQueries;

/** Run history, newest first. */
@Controller
class RunsPage {

    private static final int PAGE_SIZE = 25;

    private final LedgerQueries ledger;

    RunsPage(LedgerQueries ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/runs")
    String runs(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("runs", ledger.runs(vn.dvc.adapter.admin.PageOf.clamp(page), PAGE_SIZE));
        return "runs";
    }
}
