package vn.dvc.adapter.admin.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.dvc.adapter.admin.PageOf;
import vn.dvc.adapter.admin.Role;
import vn.dvc.adapter.admin.Overview;
import vn.dvc.adapter.admin.AdminReads;
import vn.dvc.adapter.ledger.Run;

@RestController
@RequestMapping("/api")
@Tag(name = "runs", description = "Lượt đồng bộ và phát lại / sync and replay runs (VIEWER)")
class RunsApi {

    private final AdminReads reads;

    RunsApi(AdminReads reads) {
        this.reads = reads;
    }

    @GetMapping("/runs")
    @Operation(summary = "Runs, newest first; a run's note masked for a VIEWER")
    PageOf<Run> runs(@RequestParam(defaultValue = "0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
                     @RequestParam(defaultValue = "20") @Min(1) @Max(PageOf.MAX_SIZE) int size, Authentication auth) {
        return reads.runs(page, size, !Role.seesIdentities(auth));
    }

    @GetMapping("/runs/{id}")
    @Operation(summary = "One run with its counts")
    Run run(@PathVariable long id, Authentication auth) {
        return reads.run(id, !Role.seesIdentities(auth)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "run " + id));
    }

    @GetMapping("/overview")
    @Operation(summary = "Transfers by state, lag behind the source, last run and last success")
    Overview overview(Authentication auth) {
        return reads.overview(!Role.seesIdentities(auth));
    }
}
