package vn.dvc.adapter.admin.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dvc.adapter.admin.AdminActions;
import vn.dvc.adapter.admin.AdminReads;
import vn.dvc.adapter.admin.LedgerQueries;
import vn.dvc.adapter.catalogue.CatalogueRefresh;
import vn.dvc.adapter.ledger.Run;
import vn.dvc.adapter.system.SourceSettings;

/** The overview: transfers by state, lag, last runs, the failures of the last runs, the catalogue; sync and refresh buttons. */
@Controller
class OverviewPage {

    private static final int CHART_RUNS = 30;

    private final AdminReads reads;
    private final LedgerQueries ledger;
    private final AdminActions actions;
    private final Notices notices;

    private final vn.dvc.adapter.ledger.Reconciliations reconciliations;
    private final vn.dvc.adapter.ledger.SchedulerInstances schedulers;
    private final vn.dvc.adapter.ledger.ProgressInFlight inFlight;

    private final SourceSettings source;

    OverviewPage(AdminReads reads, LedgerQueries ledger, AdminActions actions, Notices notices,
                 vn.dvc.adapter.ledger.Reconciliations reconciliations, vn.dvc.adapter.ledger.SchedulerInstances schedulers,
                 vn.dvc.adapter.system.AdapterProperties properties, vn.dvc.adapter.ledger.ProgressInFlight inFlight) {
        this.source = properties.source();
        this.inFlight = inFlight;
        this.reconciliations = reconciliations;
        this.schedulers = schedulers;
        this.reads = reads;
        this.ledger = ledger;
        this.actions = actions;
        this.notices = notices;
    }

    @GetMapping("/")
    String overview(Model model, org.springframework.security.core.Authentication auth) {
        List<Run> recent = ledger.lastRuns(CHART_RUNS);
        List<Run> newestFirst = new ArrayList<>(recent.subList(Math.max(0, recent.size() - 8), recent.size()));
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("overview", reads.overview(!vn.dvc.adapter.admin.Role.seesIdentities(auth)));
        model.addAttribute("runs", newestFirst);
        model.addAttribute("catalogue", ledger.catalogue());
        model.addAttribute("lastReconcile", reconciliations.last().orElse(null));
        model.addAttribute("cluster", schedulers.read());
        model.addAttribute("source", source);
        model.addAttribute("inDoubt", inFlight.inDoubt());
        model.addAttribute("failuresJson", ChartJson.of(failures(recent)));
        return "overview";
    }

    /** Per run: failed, rejected, quarantined, held — stacked bars, oldest run on the left. */
    private Map<String, Object> failures(List<Run> runs) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("runs", runs.stream().map(r -> "#" + r.id()).toList());
        Map<String, Object> series = new LinkedHashMap<>();
        series.put(notices.text("col.failed"), runs.stream().map(Run::failed).toList());
        series.put(notices.text("col.rejected"), runs.stream().map(Run::rejected).toList());
        series.put(notices.text("col.quarantined"), runs.stream().map(Run::quarantined).toList());
        series.put(notices.text("col.held"), runs.stream().map(Run::held).toList());
        chart.put("series", series);
        chart.put("empty", notices.text("overview.lag.none"));
        return chart;
    }

    @PostMapping("/sync")
    String sync(Authentication auth, HttpServletRequest request, RedirectAttributes flash) {
        if (actions.startSync(auth.getName(), request.getRemoteAddr())) {
            notices.ok(flash, "notice.syncStarted");
        } else {
            notices.error(flash, "notice.syncBusy");
        }
        return "redirect:/";
    }

    @PostMapping("/catalogue/refresh")
    String refresh(Authentication auth, HttpServletRequest request, RedirectAttributes flash) {
        try {
            CatalogueRefresh.Result r = actions.refreshCatalogue(auth.getName(), request.getRemoteAddr());
            notices.ok(flash, "notice.catalogue", r.agencies(), r.local(), r.national(), r.released());
        } catch (RuntimeException e) {
            notices.failed(flash, "notice.catalogueFailed", e);
        }
        return "redirect:/";
    }
}
