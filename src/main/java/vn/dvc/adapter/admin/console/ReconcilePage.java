package vn.dvc.adapter.admin.console;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dvc.adapter.admin.AdminActions;
import vn.dvc.adapter.admin.AdminReads;
import vn.dvc.adapter.admin.Role;
import vn.dvc.adapter.ledger.Reconciliations;
import vn.dvc.adapter.reconcile.ReconcileRequest;

/** Reconciliation with the portal: the latest reconciles, the drift of the newest, and (OPERATOR) a sample to run. */
@Controller
class ReconcilePage {

    private static final int RECENT = 15;
    private static final int DRIFT_ROWS = 200;

    private final Reconciliations ledger;
    private final AdminActions actions;
    private final Notices notices;
    private final AdminReads reads;

    ReconcilePage(Reconciliations ledger, AdminActions actions, Notices notices, AdminReads reads) {
        this.reads = reads;
        this.ledger = ledger;
        this.actions = actions;
        this.notices = notices;
    }

    @GetMapping("/reconcile")
    String reconcile(@RequestParam(required = false) Long id, Model model, Authentication auth) {
        List<Reconciliations.Summary> recent = ledger.recent(RECENT);
        Reconciliations.Summary shown = id == null ? recent.stream().findFirst().orElse(null)
                : recent.stream().filter(r -> r.id() == id).findFirst().orElse(null);
        model.addAttribute("recent", recent);
        model.addAttribute("shown", shown);
        model.addAttribute("drift", shown == null ? List.of() : reads.drift(shown.id(), DRIFT_ROWS,
                !Role.seesIdentities(auth)));
        model.addAttribute("reconciling", actions.reconciling());
        return "reconcile";
    }

    @PostMapping("/reconcile")
    String start(@RequestParam(defaultValue = "500") int sample, @RequestParam(defaultValue = "false") boolean repair,
                 Authentication auth, RedirectAttributes flash) {
        ReconcileRequest request = new ReconcileRequest(null, null, null, sample, null, repair, auth.getName());
        if (!request.problems().isEmpty()) {
            notices.error(flash, "notice.reconcileBad", String.join("; ", request.problems()));
        } else if (actions.startReconcile(request)) {
            notices.ok(flash, "notice.reconcileStarted", sample);
        } else {
            notices.error(flash, "notice.reconcileBusy");
        }
        return "redirect:/reconcile";
    }
}
