package vn.dvc.adapter.admin.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.dvc.adapter.admin.AdminActions;
import vn.dvc.adapter.admin.AdminReads;
import vn.dvc.adapter.admin.PageOf;
import vn.dvc.adapter.admin.TransferFilter;
import vn.dvc.adapter.admin.TransferRow;
import vn.dvc.adapter.admin.TransferView;
import vn.dvc.adapter.replay.ReplayRequest;
import vn.dvc.adapter.replay.ReplayResult;

@RestController
@RequestMapping("/api/transfers")
@Tag(name = "transfers", description = "Hồ sơ liên thông và gửi lại / transfers (VIEWER) and replay (OPERATOR)")
class TransfersApi {

    /**
     * What to replay: the named dossiers ({@code ids}) or the failed ones ({@code failed}) matching
     * agency, error class or code, and last failure since a day; {@code force} includes those set aside.
     */
    record ReplayBody(List<String> ids, Boolean failed, String agency, String error, LocalDate since, Boolean dryRun,
                      Boolean force) {

        boolean isFailed() {
            return Boolean.TRUE.equals(failed);
        }
    }

    /** Dossiers one replay request may name: more is a job for {@code failed=true} and its filters. */
    static final int MAX_IDS = 1_000;
    /** A MaHoSo's length at most (the ledger's key): a longer one names no dossier. */
    static final int MAX_ID = 100;

    private final AdminReads reads;
    private final AdminActions actions;

    TransfersApi(AdminReads reads, AdminActions actions) {
        this.reads = reads;
        this.actions = actions;
    }

    @GetMapping
    @Operation(summary = "Transfers, newest first; state is one or more of PENDING, SENT, FAILED, REJECTED, QUARANTINED,"
            + " HELD (comma-separated); error is an error class or code")
    PageOf<TransferRow> list(@RequestParam(required = false) String state, @RequestParam(required = false) String agency,
                             @RequestParam(required = false) String error, @RequestParam(required = false) String q,
                             @RequestParam(defaultValue = "0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
                             @RequestParam(defaultValue = "50") @Min(1) @Max(PageOf.MAX_SIZE) int size,
                             Authentication auth, HttpServletRequest request) {
        TransferFilter filter = new TransferFilter(TransferFilter.states(state), agency, error, q);
        return reads.transfers(filter, page, size, !Caller.of(auth, request).seesIdentities());
    }

    @GetMapping("/{maHoSo}")
    @Operation(summary = "One transfer with its payload and its story; identities masked for VIEWER")
    TransferView one(@PathVariable String maHoSo, Authentication auth, HttpServletRequest request) {
        return reads.transfer(maHoSo, !Caller.of(auth, request).seesIdentities())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "dossier " + maHoSo));
    }

    @PostMapping("/replay")
    @Operation(summary = "Replay transfers through the push route (OPERATOR); audited")
    ReplayResult replay(@RequestBody ReplayBody body, Authentication auth, HttpServletRequest request) {
        if (body.ids() != null && body.ids().size() > MAX_IDS) {
            throw new IllegalArgumentException("ids: at most " + MAX_IDS + " dossiers in one request, got " + body.ids().size()
                    + " (replay the failed ones with failed=true and agency, error or since)");
        }
        List<String> ids = body.ids() == null ? List.of() : body.ids().stream().filter(s -> s != null && !s.isBlank())
                .map(String::trim).toList();
        ids.stream().filter(id -> id.length() > MAX_ID).findFirst().ifPresent(id -> {
            throw new IllegalArgumentException("ids: MaHoSo dài tối đa " + MAX_ID + " ký tự, một mã dài " + id.length()
                    + " / a MaHoSo is at most " + MAX_ID + " characters, one has " + id.length());
        });
        if (ids.isEmpty() && !body.isFailed()) {
            throw new IllegalArgumentException("give ids (the dossiers to replay) or failed=true (the failed transfers"
                    + " matching agency, error and since)");
        }
        ReplayRequest replay = new ReplayRequest(ids, body.isFailed(), blank(body.agency()), blank(body.error()), body.since(),
                Boolean.TRUE.equals(body.dryRun()), Boolean.TRUE.equals(body.force()));
        return actions.replay(replay, Caller.of(auth, request).name());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
