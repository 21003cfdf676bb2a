package vn.dvc.adapter.replay;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dvc.adapter.Dossiers;
import vn.dvc.adapter.WireMockSystems;
import vn.dvc.adapter.ledger.Events;
import vn.dvc.adapter.portal.PortalClient;
import vn.dvc.adapter.sync.SyncService;

/** Replay of failed transfers: filters, dry run, idempotence, concurrency, the guard and the audit. */
class ReplayTest extends WireMockSystems {

    @Autowired
    SyncService sync;
    @Autowired
    ReplayService replay;
    @Autowired
    PortalClient client;
    @Autowired
    Events events;
    @Autowired
    vn.dvc.adapter.reconcile.ReconcileService reconcile;

    /** Eight dossiers: HS-0..HS-3 of Sở Tư pháp fail on a 503, HS-4..HS-7 of another agency are rejected as invalid. */
    @BeforeEach
    void failedTransfers() {
        client.forgetCredentials();
        String[] items = new String[8];
        for (int i = 0; i < 8; i++) {
            String extra = i < 4 ? null : "\"MaDonVi\":\"000.00.21.H25\"";
            items[i] = Dossiers.valid("HS-" + i, "2025-03-04T08:00:0" + i + "+07:00", extra);
        }
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(okJson(Dossiers.page(null, items))));
        SOURCE.stubFor(get(urlEqualTo("/api/v1/procedures")).willReturn(okJson("""
                {"items":[{"MaTTHC":"2.000477.000.00.12.H25","MaDonVi":"000.00.12.H25","MucDo":4},
                          {"MaTTHC":"2.000477.000.00.12.H25","MaDonVi":"000.00.21.H25","MucDo":4}]}""")));
        PORTAL.stubFor(post(urlEqualTo("/integration")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.data[?(@.MaHoSo in ['HS-0','HS-1','HS-2','HS-3'])]"))
                .willReturn(serviceUnavailable()));
        PORTAL.stubFor(post(urlEqualTo("/integration")).atPriority(2)
                .willReturn(portalReply(-1, "Dữ liệu không hợp lệ")));
        sync.runOnce();
        PORTAL.resetAll();
        PORTAL.stubFor(post(urlEqualTo("/token")).willReturn(okJson("{\"access_token\":\"t\",\"expires_in\":3600}")));
        PORTAL.stubFor(post(urlEqualTo("/auth")).willReturn(okJson("{\"error_code\":0,\"session\":\"s\"}")));
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(portalReply(0, "Thành công")));
        assertThat(count("FAILED")).isEqualTo(4);
        assertThat(count("REJECTED")).isEqualTo(4);
    }

    private int count(String state) {
        return jdbc.queryForObject("select count(*) from transfer where state = ?", Integer.class, state);
    }

    private String state(String id) {
        return jdbc.queryForObject("select state from transfer where ma_ho_so = ?", String.class, id);
    }

    private int calls() {
        return PORTAL.findAll(postRequestedFor(urlEqualTo("/integration"))).size();
    }

    @Test
    void replayingOneByIdAfterTheCauseIsFixedEndsAcceptedWithItsHistoryKept() {
        ReplayResult r = replay.replay(new ReplayRequest(List.of("HS-1"), false, null, null, null, false, false), "an@test");

        assertThat(r.sent()).isEqualTo(1);
        assertThat(state("HS-1")).isEqualTo("SENT");
        assertThat(state("HS-2")).isEqualTo("FAILED");
        assertThat(events.of("HS-1")).extracting(Events.Entry::state).containsExactly("FAILED", "SENT");
        assertThat(events.of("HS-1").get(0).code()).isEqualTo("HTTP_503");
        assertThat(events.of("HS-1").get(1).kind()).isEqualTo("REPLAY");
    }

    /**
     * A held dossier whose procedure DVCQG still lacks stays held; the replay's run says so as its answer does (the
     * operator-path review saw "held 49" answered and "0 read, 0 held" recorded for the same replay).
     */
    @Test
    void aReplayLeavingADossierHeldRecordsItAsReadAndHeld() {
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(okJson(Dossiers.page(null, Dossiers.valid("HS-H",
                "2025-03-05T08:00:00+07:00", "\"MaTTHC\":\"9.999999.000.00.12.H25\"").replaceFirst(
                "\"MaTTHC\":\"2.000477.000.00.12.H25\",", "")))));
        sync.runOnce();
        assertThat(state("HS-H")).isEqualTo("HELD");

        ReplayResult r = replay.replay(new ReplayRequest(List.of("HS-H"), false, null, null, null, false, false), "an@test");

        assertThat(r.held()).isEqualTo(1);
        assertThat(state("HS-H")).isEqualTo("HELD");
        assertThat(jdbc.queryForMap("select pulled, held, sent from sync_run where id = ?", r.run()))
                .containsEntry("PULLED", 1).containsEntry("HELD", 1).containsEntry("SENT", 0);
    }

    @Test
    void replayingSomethingAlreadyAcceptedDoesNothing() {
        replay.replay(new ReplayRequest(List.of("HS-1"), false, null, null, null, false, false), "an@test");
        int before = calls();

        ReplayResult again = replay.replay(new ReplayRequest(List.of("HS-1"), false, null, null, null, false, false), "an@test");

        assertThat(again.matched()).isZero();
        assertThat(again.skipped()).isEqualTo(1);
        assertThat(calls()).isEqualTo(before);
    }

    @Test
    void filtersSelectByAgencyErrorClassAndDate() {
        ReplayRequest byAgency = new ReplayRequest(null, true, "000.00.21.H25", null, null, true, false);
        ReplayRequest transientOnly = new ReplayRequest(null, true, null, "TRANSIENT", null, true, false);
        ReplayRequest byCode = new ReplayRequest(null, true, null, "PORTAL_-1", null, true, false);
        ReplayRequest future = new ReplayRequest(null, true, null, null, LocalDate.now().plusDays(2), true, false);
        ReplayRequest today = new ReplayRequest(null, true, null, null, LocalDate.now().minusDays(1), true, false);

        assertThat(replay.replay(byAgency, "t").ids()).containsExactly("HS-4", "HS-5", "HS-6", "HS-7");
        assertThat(replay.replay(transientOnly, "t").ids()).containsExactly("HS-0", "HS-1", "HS-2", "HS-3");
        assertThat(replay.replay(byCode, "t").ids()).containsExactly("HS-4", "HS-5", "HS-6", "HS-7");
        assertThat(replay.replay(future, "t").ids()).isEmpty();
        assertThat(replay.replay(today, "t").ids()).hasSize(8);
        assertThat(calls()).isZero();   // all dry runs
    }

    @Test
    void aDryRunSendsNothingAndIsAudited() {
        ReplayResult r = replay.replay(new ReplayRequest(null, true, null, "TRANSIENT", null, true, false), "chi@test");

        assertThat(r.dryRun()).isTrue();
        assertThat(r.matched()).isEqualTo(4);
        assertThat(calls()).isZero();
        assertThat(count("FAILED")).isEqualTo(4);
        Map<String, Object> audit = jdbc.queryForMap("select actor, filter, dry_run, matched, sent from replay_audit where id = ?",
                r.auditId());
        assertThat(audit.get("actor")).isEqualTo("chi@test");
        assertThat(audit.get("filter")).isEqualTo("failed error=TRANSIENT");
        assertThat(audit.get("dry_run")).isEqualTo(true);
        assertThat(((Number) audit.get("matched")).intValue()).isEqualTo(4);
    }

    @Test
    void aReplayIsAuditedWithWhoWhatAndTheOutcome() {
        ReplayResult r = replay.replay(new ReplayRequest(null, true, "000.00.12.H25", null, null, false, false), "binh@test");

        Map<String, Object> audit = jdbc.queryForMap("select actor, filter, dry_run, matched, sent, failed, run_id from replay_audit"
                + " where id = ?", r.auditId());
        assertThat(audit.get("actor")).isEqualTo("binh@test");
        assertThat(audit.get("filter")).isEqualTo("failed agency=000.00.12.H25");
        assertThat(audit.get("dry_run")).isEqualTo(false);
        assertThat(((Number) audit.get("sent")).intValue()).isEqualTo(4);
        assertThat(((Number) audit.get("run_id")).longValue()).isEqualTo(r.run());
        assertThat(jdbc.queryForObject("select kind from sync_run where id = ?", String.class, r.run())).isEqualTo("REPLAY");
    }

    @Test
    void aReplayWhoseAuditLineCannotBeWrittenSendsNothing() {
        String actor = "x".repeat(201);   // longer than replay_audit.actor: the insert fails in the database

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> replay.replay(new ReplayRequest(null, true, null, null, null,
                false, false), actor)).hasMessageContaining("could not be audited");

        assertThat(calls()).as("nothing sent").isZero();
        assertThat(count("FAILED")).isEqualTo(4);
        assertThat(count("REJECTED")).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from replay_audit", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select status from sync_run where kind = 'REPLAY' order by id desc limit 1", String.class))
                .isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select owner from run_lock where name = 'ledger'", String.class)).as("lease released").isNull();
        assertThat(replay.replay(new ReplayRequest(null, true, null, null, null, false, false), "t").sent()).as("the next one runs")
                .isEqualTo(8);
    }

    @Test
    void aReplayIsAuditedBeforeItSendsAndClosedWithItsCounts() {
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(portalReply(-1, "Vẫn không hợp lệ")));

        ReplayResult r = replay.replay(new ReplayRequest(List.of("HS-4", "HS-9"), false, null, null, null, false, false), "t");

        Map<String, Object> audit = jdbc.queryForMap("select outcome, matched, failed, rejected, skipped from replay_audit"
                + " where id = ?", r.auditId());
        assertThat(audit.get("outcome")).isEqualTo("PARTIAL");
        assertThat(((Number) audit.get("matched")).intValue()).isEqualTo(1);
        assertThat(((Number) audit.get("rejected")).intValue()).isEqualTo(1);
        assertThat(((Number) audit.get("skipped")).intValue()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select replays from transfer where ma_ho_so = 'HS-4'", Integer.class)).isEqualTo(1);
    }

    @Test
    void twoConcurrentReplaysSendEachDossierOnce() throws Exception {
        ReplayRequest all = new ReplayRequest(null, true, null, null, null, false, false);

        var first = CompletableFuture.supplyAsync(() -> replay.replay(all, "first"));
        var second = CompletableFuture.supplyAsync(() -> replay.replay(all, "second"));
        ReplayResult a = first.get();
        ReplayResult b = second.get();

        assertThat(a.sent() + b.sent()).isEqualTo(8);
        assertThat(count("SENT")).isEqualTo(8);
        for (int i = 0; i < 8; i++) {
            String id = "HS-" + i;
            assertThat(PORTAL.findAll(postRequestedFor(urlEqualTo("/integration"))
                    .withRequestBody(matchingJsonPath("$.service", com.github.tomakehurst.wiremock.client.WireMock.equalTo("DongBoHoSoMC")))
                    .withRequestBody(matchingJsonPath("$.data[?(@.MaHoSo == '" + id + "')]")))).as(id).hasSize(1);
        }
    }

    /**
     * A replay reads no pages, so it says it is alive at each batch: its heartbeat moves and the ledger's lease
     * is renewed while it runs (a long one otherwise lost its lease after two minutes, and read as gone on
     * another host after ten). The second agency's batch answers 1 s late: the first one's has told by then
     * (the heartbeat carries the counts: 4 sent).
     */
    @Test
    void aReplaySaysItIsAliveAtEachBatch() throws Exception {
        PORTAL.stubFor(post(urlEqualTo("/integration")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.data[?(@.MaHoSo in ['HS-4','HS-5','HS-6','HS-7'])]"))
                .willReturn(portalReply(0, "Thành công").withFixedDelay(1_000)));
        var replayed = CompletableFuture.supplyAsync(() -> replay.replay(new ReplayRequest(null, true, null, null, null, false,
                false), "an@test"));
        boolean heard = false;
        while (!replayed.isDone() && !heard) {
            heard = jdbc.queryForObject("select count(*) from sync_run r, run_lock l where r.kind = 'REPLAY'"
                    + " and r.status = 'RUNNING' and r.sent = 4 and r.heartbeat_at > r.started_at and l.name = 'ledger'"
                    + " and l.locked_until > r.started_at + interval '2' minute", Integer.class) > 0;
            Thread.sleep(20);
        }
        assertThat(replayed.get().sent()).isEqualTo(8);
        assertThat(heard).as("a heartbeat with the first batch's counts and a renewed lease, the slow batch at the portal")
                .isTrue();
    }

    @Test
    void aTransferFailingAgainAndAgainIsSetAsideForAPerson() {
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(portalReply(-1, "Vẫn không hợp lệ")));
        ReplayRequest rejected = new ReplayRequest(List.of("HS-4"), false, null, null, null, false, false);

        ReplayResult first = replay.replay(rejected, "t");
        ReplayResult second = replay.replay(rejected, "t");   // adapter.replay.max-replays=2 here
        ReplayResult third = replay.replay(new ReplayRequest(null, true, null, "PERMANENT", null, true, false), "t");
        ReplayResult forced = replay.replay(new ReplayRequest(null, true, null, "PERMANENT", null, true, true), "t");

        assertThat(first.setAside()).isZero();
        assertThat(second.setAside()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select needs_attention from transfer where ma_ho_so = 'HS-4'", Boolean.class)).isTrue();
        assertThat(third.ids()).doesNotContain("HS-4").contains("HS-5");
        assertThat(forced.ids()).contains("HS-4");
    }

    /**
     * Issue 22, item 1: a reconcile found HS-0 missing at the portal and could not reach the source to
     * send it again, so the ledger holds it FAILED (RECONCILE_MISSING) with no payload to send. A replay
     * lists it like any failed transfer and reads it again from the source, through the source's route.
     */
    @Test
    void aTransferAReconcileMarkedFailedWithoutItsPayloadIsReplayedFromTheSource() {
        markedMissingWhileTheSourceWasDown("HS-0");
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(okJson(Dossiers.page(null,
                Dossiers.valid("HS-0", "2025-03-04T08:00:00+07:00", null), Dossiers.valid("HS-1", "2025-03-04T08:00:01+07:00", null)))));

        ReplayResult dry = replay.replay(new ReplayRequest(null, true, null, null, null, true, false), "an@test");
        int before = creates("HS-0");
        ReplayResult r = replay.replay(new ReplayRequest(null, true, null, "RECONCILE_MISSING", null, false, false), "an@test");

        assertThat(dry.ids()).contains("HS-0");
        assertThat(dry.reread()).isEqualTo(1);
        assertThat(r.matched()).isEqualTo(1);
        assertThat(r.reread()).isEqualTo(1);
        assertThat(r.sent()).isEqualTo(1);
        assertThat(state("HS-0")).isEqualTo("SENT");
        assertThat(creates("HS-0")).isEqualTo(before + 1);
        // read from where the ledger last saw it, through source-page: the instant of its CapNhatLuc
        assertThat(SOURCE.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/api/v1/dossiers"))
                .withQueryParam("updatedSince", com.github.tomakehurst.wiremock.client.WireMock.equalTo("2025-03-04T01:00:00Z"))))
                .isNotEmpty();
        assertThat(state("HS-1")).as("only what matched").isEqualTo("FAILED");
        // issue 22, item 2: the reconcile's marking is in the story too
        assertThat(events.of("HS-0")).extracting(Events.Entry::kind, Events.Entry::state, Events.Entry::code).containsExactly(
                org.assertj.core.api.Assertions.tuple("SYNC", "FAILED", "HTTP_503"),
                org.assertj.core.api.Assertions.tuple("REPLAY", "SENT", null),
                org.assertj.core.api.Assertions.tuple("RECONCILE", "FAILED", "RECONCILE_MISSING"),
                org.assertj.core.api.Assertions.tuple("REPLAY", "SENT", null));
    }

    @Test
    void aDossierChangedAtTheSourceSinceIsLeftForTheNextSyncAndSaidSo() {
        markedMissingWhileTheSourceWasDown("HS-0");
        // the feed from HS-0's instant on: another dossier changed later; HS-0 has moved further on
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(okJson(Dossiers.page("next",
                Dossiers.valid("HS-1", "2025-03-05T09:00:00+07:00", null)))));

        ReplayResult r = replay.replay(new ReplayRequest(List.of("HS-0"), false, null, null, null, false, false), "an@test");

        assertThat(r.reread()).isEqualTo(1);
        assertThat(r.changedAtSource()).isEqualTo(1);
        assertThat(r.sent()).isZero();
        assertThat(state("HS-0")).isEqualTo("FAILED");
    }

    private int creates(String id) {
        return PORTAL.findAll(postRequestedFor(urlEqualTo("/integration"))
                .withRequestBody(matchingJsonPath("$.service", com.github.tomakehurst.wiremock.client.WireMock.equalTo("DongBoHoSoMC")))
                .withRequestBody(matchingJsonPath("$.data[?(@.MaHoSo == '" + id + "')]"))).size();
    }

    /** Replays {@code id} (accepted: the ledger drops its payload), then a reconcile finds it missing and cannot reach the source. */
    private void markedMissingWhileTheSourceWasDown(String id) {
        replay.replay(new ReplayRequest(List.of(id), false, null, null, null, false, false), "an@test");
        PORTAL.stubFor(post(urlEqualTo("/integration")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.service", com.github.tomakehurst.wiremock.client.WireMock.equalTo("TraCuuHoSo")))
                .willReturn(portalReply(1, "Không tìm thấy hồ sơ")));
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(serviceUnavailable()));

        vn.dvc.adapter.reconcile.ReconcileResult found = reconcile.reconcile(new vn.dvc.adapter.reconcile.ReconcileRequest(
                null, null, List.of(id), null, null, true, "test"));

        assertThat(found.missing()).isEqualTo(1);
        assertThat(found.repaired()).isZero();
        Map<String, Object> row = jdbc.queryForMap("select state, error_code, payload from transfer where ma_ho_so = ?", id);
        assertThat(row.get("state")).isEqualTo("FAILED");
        assertThat(row.get("error_code")).isEqualTo("RECONCILE_MISSING");
        assertThat(row.get("payload")).as("the ledger kept no content of an accepted dossier").isNull();
        PORTAL.removeStub(PORTAL.getStubMappings().stream().filter(m -> m.getPriority() != null && m.getPriority() == 1)
                .findFirst().orElseThrow());
    }
}
