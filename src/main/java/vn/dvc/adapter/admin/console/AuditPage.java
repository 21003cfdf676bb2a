package vn.dvc.adapter.admin.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dvc.adapter.admin.AdminAudit;

/** The audit log (ADMIN): replays, sync runs started by hand, catalogue refreshes, failed logins. */
@Controller
class AuditPage {

    private static final int PAGE_SIZE = 50;

    private final AdminAudit audit;

    AuditPage(AdminAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("entries", audit.page(vn.dvc.adapter.admin.PageOf.clamp(page), PAGE_SIZE));
        return "audit";
    }
}
