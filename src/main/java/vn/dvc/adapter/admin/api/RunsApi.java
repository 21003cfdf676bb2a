package vn.dvc.adapter.admin.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.dvc.adapter.admin.LedgerQueries;
import vn.dvc.adapter.admin.PageOf;
import vn.dvc.adapter.admin.Overview;
import vn.dvc.adapter.admin.AdminReads;
import vn.dvc.adapter.ledger.Run;

@RestController
@RequestMapping("/api")
@Tag(name = "runs", description = "Lượt đồng bộ và phát lại / sync and replay runs (VIEWER)")
class RunsApi {

    private final LedgerQueries ledger;
    private final AdminReads reads;

    RunsApi(LedgerQueries ledger, AdminReads reads) {
        this.ledger = ledger;
        this.reads = reads;
    }

    @GetMapping("/runs")
    @Operation(summary = "Runs, newest first")
    PageOf<Run> runs(@RequestParam(defaultValue = "0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
                     @RequestParam(defaultValue = "20") @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return ledger.runs(page, size);
    }

    @GetMapping("/runs/{id}")
    @Operation(summary = "One run with its counts")
    Run run(@PathVariable long id) {
        return ledger.run(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "run " + id));
    }

    @GetMapping("/overview")
    @Operation(summary = "Transfers by state, lag behind the source, last run and last success")
    Overview overview() {
        return reads.overview();
    }
}
