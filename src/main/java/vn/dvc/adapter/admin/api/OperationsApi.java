package vn.dvc.adapter.admin.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dvc.adapter.admin.AdminActions;
import vn.dvc.adapter.admin.AdminAudit;
import vn.dvc.adapter.admin.LedgerQueries;
import vn.dvc.adapter.admin.PageOf;
import vn.dvc.adapter.catalogue.CatalogueRefresh;
import vn.dvc.adapter.ledger.Backup;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.sync.RunSummary;

@RestController
@RequestMapping("/api")
@Tag(name = "operations", description = "Đồng bộ, danh mục TTHC, nhật ký / sync (OPERATOR), catalogue (VIEWER; refresh ADMIN), audit and backup (ADMIN)")
class OperationsApi {

    private final AdminActions actions;
    private final LedgerQueries ledger;
    private final AdminAudit audit;
    private final Backup backup;
    private final AdapterProperties properties;

    OperationsApi(AdminActions actions, LedgerQueries ledger, AdminAudit audit, Backup backup, AdapterProperties properties) {
        this.actions = actions;
        this.ledger = ledger;
        this.audit = audit;
        this.backup = backup;
        this.properties = properties;
    }

    /** Where a backup was written, as this host sees it, and its size. */
    record BackupWritten(String file, long bytes) {}

    @PostMapping("/backup")
    @Operation(summary = "Write a consistent copy of the H2 ledger into adapter.ledger.backup-dir while serve runs (ADMIN);"
            + " PostgreSQL: use pg_dump")
    BackupWritten backup(Authentication auth, HttpServletRequest request) {
        Backup.Written w = backup.write(properties.ledger().backupDir(), Caller.of(auth, request).name());
        return new BackupWritten(w.file().toString(), w.bytes());
    }

    @PostMapping("/sync")
    @Operation(summary = "Run one sync now and answer its summary (OPERATOR); 409 while another run holds the ledger")
    RunSummary sync(Authentication auth, HttpServletRequest request) {
        Caller caller = Caller.of(auth, request);
        return actions.sync(caller.name(), caller.remote());
    }

    @GetMapping("/catalogue")
    @Operation(summary = "Catalogue counts and its last refresh")
    LedgerQueries.CatalogueFigures catalogue() {
        return ledger.catalogue();
    }

    @PostMapping("/catalogue/refresh")
    @Operation(summary = "Refresh the procedure catalogue from the source and DVCQG (ADMIN)")
    CatalogueRefresh.Result refresh(Authentication auth, HttpServletRequest request) {
        Caller caller = Caller.of(auth, request);
        return actions.refreshCatalogue(caller.name(), caller.remote());
    }

    @GetMapping("/audit")
    @Operation(summary = "The audit log: replays, sync runs started by hand, catalogue refreshes, failed logins (ADMIN)")
    PageOf<AdminAudit.Entry> audit(@RequestParam(defaultValue = "0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return audit.page(page, size);
    }
}
