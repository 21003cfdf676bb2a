package vn.dvc.adapter.admin.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dvc.adapter.admin.AdminActions;
import vn.dvc.adapter.admin.AdminReads;
import vn.dvc.adapter.ledger.Reconciliations;
import vn.dvc.adapter.reconcile.Estimate;
import vn.dvc.adapter.reconcile.ReconcileRequest;
import vn.dvc.adapter.reconcile.ReconcileResult;

@RestController
@RequestMapping("/api/reconcile")
@Tag(name = "reconcile", description = "Đối soát với Cổng DVCQG (TraCuuHoSo) / read the portal back: run (OPERATOR), results (VIEWER)")
class ReconcileApi {

    /** Drift rows in one answer; the rest are in the files and in GET /api/reconcile/{id}. */
    private static final int ROWS = 1000;

    private final AdminActions actions;
    private final Reconciliations ledger;
    private final AdminReads reads;

    ReconcileApi(AdminActions actions, Reconciliations ledger, AdminReads reads) {
        this.actions = actions;
        this.ledger = ledger;
        this.reads = reads;
    }

    /** What to read back; at least one of since, agency, ids, sample. */
    record Request(LocalDate since, String agency, List<String> ids, Integer sample, Long seed, Boolean repair) {}

    record Row(String maHoSo, String result, String agency, String detail) {}

    record Answer(long run, Long repairRun, String status, int population, int checked, int match, int missing, int stale,
                  int unreadable, int repaired, long durationMs, Estimate estimate, List<Row> drift) {

        static Answer of(ReconcileResult r) {
            return new Answer(r.run(), r.repairRun(), r.status(), r.population(), r.checked(), r.match(), r.missing(), r.stale(),
                    r.unreadable(), r.repaired(), r.durationMs(), r.estimate(), r.drift().stream().limit(ROWS)
                    .map(f -> new Row(f.target().maHoSo(), f.result().name(), f.target().maDonVi(), f.detail())).toList());
        }
    }

    @PostMapping
    @Operation(summary = "Read dossiers back from the portal, compare with the ledger, and with repair send the drift again"
            + " (OPERATOR); 400 for a bad request, 409 while another run holds the ledger")
    Answer reconcile(@RequestBody Request body, Authentication auth, HttpServletRequest request) {
        Caller caller = Caller.of(auth, request);
        return Answer.of(actions.reconcile(new ReconcileRequest(body.since(), body.agency(), body.ids(), body.sample(),
                body.seed(), Boolean.TRUE.equals(body.repair()), caller.name())));
    }

    @GetMapping
    @Operation(summary = "The latest reconciles, newest first")
    List<Reconciliations.Summary> recent(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return ledger.recent(limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One reconcile's drift list: MISSING, STALE and UNREADABLE dossiers; details masked for VIEWER")
    List<Reconciliations.Drift> drift(@PathVariable long id, @RequestParam(defaultValue = "1000") @Min(1) @Max(10000) int limit,
                                      Authentication auth, HttpServletRequest request) {
        return reads.drift(id, limit, !Caller.of(auth, request).seesIdentities());
    }
}
