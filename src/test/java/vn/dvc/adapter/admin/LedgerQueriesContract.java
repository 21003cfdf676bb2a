package vn.dvc.adapter.admin;

import vn.dvc.adapter.ledger.AdminAudits;
import vn.dvc.adapter.ledger.RunStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.adapter.ledger.State;

/**
 * The console's reads and the audit log on a ledger migrated by Flyway (V1 and the admin's V2):
 * the same expectations on H2 and on a real PostgreSQL, so the SQL stays portable.
 */
abstract class LedgerQueriesContract {

    protected abstract JdbcTemplate jdbc();

    private static final OffsetDateTime T0 = OffsetDateTime.of(2025, 3, 4, 1, 0, 0, 0, ZoneOffset.UTC);

    LedgerQueries ledger;
    AdminAudit audit;

    @BeforeEach
    void ledgerWithAFewRows() {
        JdbcTemplate jdbc = jdbc();
        for (String table : List.of("transfer", "sync_run", "checkpoint", "replay_audit", "admin_audit", "catalogue_refresh",
                "procedure_national")) {
            jdbc.update("delete from " + table);
        }
        insert("H25-0001", "SENT", "000.00.01.H25", null, null, 1);
        insert("H25-0002", "FAILED", "000.00.01.H25", "TRANSIENT", "HTTP_503", 2);
        insert("H25-0003", "REJECTED", "000.00.02.H25", "PERMANENT", "PORTAL_REJECTED", 3);
        insert("H25_0004", "QUARANTINED", "000.00.02.H25", "INVALID", "INVALID_DATE", 4);
        jdbc.update("update transfer set needs_attention = true where ma_ho_so = 'H25-0003'");
        jdbc.update("insert into sync_run (kind, owner, status, started_at, heartbeat_at, finished_at, pulled, sent)"
                + " values ('SYNC','1@h','SUCCEEDED',?,?,?,4,1)", T0, T0, T0.plusMinutes(1));
        jdbc.update("insert into sync_run (kind, owner, status, started_at, heartbeat_at, finished_at, failed)"
                + " values ('SYNC','1@h','PARTIAL',?,?,?,1)", T0.plusHours(1), T0.plusHours(1), T0.plusHours(1).plusMinutes(1));
        jdbc.update("insert into checkpoint (name, updated_since, last_key, updated_at) values ('source',?,?,?)",
                T0, "H25-0004", T0);
        jdbc.update("insert into replay_audit (at, actor, filter, dry_run, matched, sent, failed, rejected, skipped, run_id)"
                + " values (?,?,?,?,?,?,?,?,?,?)", T0.plusHours(2), "lan", "id=H25-0002", false, 1, 1, 0, 0, 0, 2L);
        jdbc.update("insert into procedure_national (ma_don_vi, ma_tthc, tich_hop, refreshed_at) values ('000.00.01.H25','1.1',true,?)", T0);
        jdbc.update("insert into catalogue_refresh (refreshed_at, agencies, local_count, national_count, released)"
                + " values (?,2,0,1,3)", T0);
        ledger = new LedgerQueries(jdbc, vn.dvc.adapter.TestProperties.cipher());
        audit = new AdminAudit(jdbc);
    }

    private void insert(String id, String state, String agency, String errorClass, String code, int minutes) {
        OffsetDateTime at = T0.plusMinutes(minutes);
        jdbc().update("insert into transfer (ma_ho_so, state, ma_don_vi, error_class, error_code, last_error, payload,"
                        + " created_at, updated_at, last_failed_at) values (?,?,?,?,?,?,?,?,?,?)", id, state, agency, errorClass,
                code, code == null ? null : "Hồ sơ " + id + ": lỗi " + code, "{\"dossier\":{\"MaHoSo\":\"" + id + "\"}}",
                at, at, code == null ? null : at);
    }

    @Test
    void transfersAreFilteredAndPagedNewestFirst() {
        var failed = ledger.transfers(new TransferFilter(TransferFilter.NOT_THROUGH, null, null, null), 0, 2);
        assertThat(failed.total()).isEqualTo(3);
        assertThat(failed.items()).extracting(TransferRow::maHoSo).containsExactly("H25_0004", "H25-0003");
        assertThat(ledger.transfers(new TransferFilter(TransferFilter.NOT_THROUGH, null, null, null), 1, 2).items())
                .extracting(TransferRow::maHoSo).containsExactly("H25-0002");
        assertThat(ledger.transfers(new TransferFilter(List.of(), "000.00.02.H25", "INVALID", null), 0, 10).items())
                .extracting(TransferRow::maHoSo).containsExactly("H25_0004");
        assertThat(ledger.transfers(new TransferFilter(List.of(), null, "HTTP_503", null), 0, 10).items())
                .extracting(TransferRow::maHoSo).containsExactly("H25-0002");
        assertThat(ledger.transfers(new TransferFilter(List.of(), null, null, "H25_"), 0, 10).items())
                .extracting(TransferRow::maHoSo).containsExactly("H25_0004");
        assertThat(ledger.agencies(List.of(State.FAILED))).containsExactly("000.00.01.H25");
        assertThat(ledger.transfer("H25-0003").orElseThrow().row().needsAttention()).isTrue();
        assertThat(ledger.transfer("H25-0003").orElseThrow().payload()).contains("H25-0003");
        assertThat(ledger.needingAttention()).isEqualTo(1);
    }

    @Test
    void runsCheckpointCatalogueAndTheLastSuccessAreRead() {
        assertThat(ledger.runs(0, 1).items()).extracting(r -> r.status()).containsExactly(RunStatus.PARTIAL);
        assertThat(ledger.runs(0, 1).total()).isEqualTo(2);
        assertThat(ledger.lastRuns(5)).extracting(r -> r.status()).containsExactly(RunStatus.SUCCEEDED, RunStatus.PARTIAL);
        assertThat(ledger.lastSuccess()).isEqualTo(T0.plusMinutes(1).toInstant());
        assertThat(ledger.checkpoint()).isEqualTo(T0.toInstant());
        var catalogue = ledger.catalogue();
        assertThat(catalogue.nationalProcedures()).isEqualTo(1);
        assertThat(catalogue.integrated()).isEqualTo(1);
        assertThat(catalogue.released()).isEqualTo(3);
    }

    @Test
    void theAuditLogMergesBothTablesNewestFirst() {
        AdminAudits audits = new AdminAudits(jdbc());
        audits.record(AdminAudits.SYNC, "an", "SUCCEEDED", "run 7", 7L, "10.0.0.5");
        audits.record(AdminAudits.LOGIN_FAILED, "mallory", "REFUSED", "BadCredentialsException", null, "10.0.0.6");

        PageOf<AdminAudit.Entry> page = audit.page(0, 2);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(AdminAudit.Entry::actor).containsExactly("mallory", "an");
        assertThat(audit.page(1, 2).items()).extracting(AdminAudit.Entry::action).containsExactly("REPLAY");
        assertThat(audit.page(1, 2).items().get(0).detail()).contains("id=H25-0002").contains("sent=1");
    }
}
