package vn.dvc.adapter.sync;

import vn.dvc.adapter.ledger.RunStatus;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dvc.adapter.Dossiers;
import vn.dvc.adapter.WireMockSystems;
import vn.dvc.adapter.portal.PortalClient;

/** The sync routes against WireMock stubs of the one-stop system and the portal. */
class SyncRouteTest extends WireMockSystems {

    @Autowired
    SyncService sync;
    @Autowired
    PortalClient portal;

    @Test
    void followsTheCursorQuarantinesTheBadRecordAndMovesTheCheckpoint() {
        portal.forgetCredentials();
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(portalReply(0, "Thành công")));
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).withQueryParam("cursor", absent())
                .willReturn(okJson(Dossiers.page("c2",
                        Dossiers.valid("HS-1", "2025-03-04T08:20:00+07:00", null),
                        Dossiers.valid("HS-2", "2025-03-04T08:21:00+07:00", "\"NgayHenTra\":\"20251345000000\""),
                        Dossiers.valid("HS-3", "2025-03-04T08:22:00+07:00", null)))));
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).withQueryParam("cursor", equalTo("c2"))
                .willReturn(okJson(Dossiers.page(null, Dossiers.valid("HS-4", "2025-03-04T08:23:00+07:00", null)))));

        RunSummary run = sync.runOnce();

        assertThat(run.pulled()).isEqualTo(4);
        assertThat(run.sent()).isEqualTo(3);
        assertThat(run.quarantined()).isEqualTo(1);
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        Map<String, Object> bad = jdbc.queryForMap("select state, error_field, last_error from transfer where ma_ho_so = 'HS-2'");
        assertThat(bad.get("STATE")).isEqualTo("QUARANTINED");
        assertThat(bad.get("ERROR_FIELD")).isEqualTo("NgayHenTra");
        assertThat(vn.dvc.adapter.TestProperties.cipher().open((String) bad.get("LAST_ERROR"))).contains("HS-2").contains("NgayHenTra").contains("20251345000000");
        SOURCE.verify(getRequestedFor(urlPathEqualTo("/api/v1/dossiers"))
                .withQueryParam("updatedSince", equalTo("2000-01-01T00:00:00Z")).withQueryParam("limit", equalTo("500")));
        SOURCE.verify(getRequestedFor(urlPathEqualTo("/api/v1/dossiers")).withQueryParam("cursor", equalTo("c2")));
        PORTAL.verify(1, postRequestedFor(urlEqualTo("/integration"))   // one batch a page
                .withRequestBody(matchingJsonPath("$.service", equalTo("DongBoHoSoMC")))
                .withRequestBody(matchingJsonPath("$.data[0].MaHoSo", equalTo("HS-1")))
                .withRequestBody(matchingJsonPath("$.data.length()", equalTo("2"))));
        PORTAL.verify(1, postRequestedFor(urlEqualTo("/integration"))
                .withRequestBody(matchingJsonPath("$.service", equalTo("DongBoHoSoMC")))
                .withRequestBody(matchingJsonPath("$.data[0].MaHoSo", equalTo("HS-4"))));
        assertThat(jdbc.queryForObject("select last_key from checkpoint", String.class)).isEqualTo("HS-4");
        SOURCE.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/dossiers")));   // each page read once
    }

    /** The probe's page: bytes that are not UTF-8 inside one record used to fail the whole run. */
    @Test
    void aRecordWithBytesThatAreNotUtf8IsQuarantinedAndTheRunGoesOn() {
        portal.forgetCredentials();
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(portalReply(0, "Thành công")));
        String page = Dossiers.page(null, Dossiers.valid("HS-1", "2025-03-04T08:20:00+07:00", null),
                Dossiers.valid("HS-2", "2025-03-04T08:21:00+07:00", null).replace("Cấp phiếu lý lịch tư pháp số 1", "Xin c@BAD@p"),
                Dossiers.valid("HS-3", "2025-03-04T08:22:00+07:00", null));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        String[] halves = page.split("@BAD@");
        bytes.writeBytes(halves[0].getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xFF});
        bytes.writeBytes(halves[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody(bytes.toByteArray())));

        RunSummary run = sync.runOnce();

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.pulled()).isEqualTo(3);
        assertThat(run.sent()).isEqualTo(2);
        assertThat(run.quarantined()).isEqualTo(1);
        Map<String, Object> bad = jdbc.queryForMap("select state, error_field, last_error, payload from transfer where ma_ho_so = 'HS-2'");
        assertThat(bad.get("STATE")).isEqualTo("QUARANTINED");
        assertThat(bad.get("ERROR_FIELD")).isEqualTo("TrichYeuHoSo");
        assertThat(vn.dvc.adapter.TestProperties.cipher().open((String) bad.get("LAST_ERROR"))).contains("HS-2").contains("UTF-8");
        assertThat(vn.dvc.adapter.TestProperties.cipher().open((String) bad.get("PAYLOAD"))).contains("Xin c\uFFFD(");
        assertThat(jdbc.queryForObject("select last_key from checkpoint", String.class)).isEqualTo("HS-3");
    }

    @Test
    void aSecondRunOverTheSameDataSendsNothing() {
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(portalReply(0, "Thành công")));
        String page = Dossiers.page(null, Dossiers.valid("HS-1", "2025-03-04T08:20:00+07:00", null),
                Dossiers.valid("HS-2", "2025-03-04T08:21:00+07:00", "\"KenhThucHien\":7"));
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(okJson(page)));

        RunSummary first = sync.runOnce();
        PORTAL.resetRequests();
        RunSummary second = sync.runOnce();

        assertThat(first.sent()).isEqualTo(1);
        assertThat(first.quarantined()).isEqualTo(1);
        assertThat(second.sent()).isZero();
        assertThat(second.quarantined()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        PORTAL.verify(0, postRequestedFor(urlEqualTo("/integration")));
        SOURCE.verify(getRequestedFor(urlPathEqualTo("/api/v1/dossiers"))
                .withQueryParam("updatedSince", equalTo("2025-03-04T01:21:00Z")));
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void aCatalogueThatCannotBeRefreshedDoesNotStopTheRun(org.springframework.boot.test.system.CapturedOutput log) {
        PORTAL.stubFor(post(urlEqualTo("/share")).willReturn(serverError()));
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(portalReply(0, "Thành công")));
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(okJson(Dossiers.page(null,
                Dossiers.valid("HS-1", "2025-03-04T08:20:00+07:00", null)))));

        RunSummary run = sync.runOnce();

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.sent()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from catalogue_refresh", Integer.class)).isZero();
        // the portal client's own tries (adapter.sync.max-attempts, 4) for the one agency, and no more: the
        // source's redelivery covers only the source's HTTP call (it once redelivered the whole step: 20 calls)
        PORTAL.verify(4, postRequestedFor(urlEqualTo("/share"))
                .withRequestBody(matchingJsonPath("$.service", equalTo("LayDanhSachTTHC"))));
        SOURCE.verify(1, getRequestedFor(urlEqualTo("/api/v1/procedures")));
        // told once, in one line, not first as Camel's failed-delivery dump with its stack trace
        assertThat(log.getAll()).contains("the procedure catalogue could not be refreshed, the run uses the one it has: ")
                .doesNotContain("Failed delivery for").doesNotContain("at vn.dvc.adapter.portal.PortalClient");
    }

    /** The source's procedures: one of each of six agencies, 000.00.21.H25 to 000.00.26.H25. */
    private static void sixAgenciesProcedures() {
        StringBuilder procedures = new StringBuilder("{\"items\":[");
        for (int i = 1; i <= 6; i++) {
            procedures.append(i > 1 ? "," : "").append("{\"MaTTHC\":\"2.000477.000.00.12.H25\",\"TenTTHC\":\"Cấp Phiếu\",")
                    .append("\"MaDonVi\":\"000.00.2").append(i).append(".H25\",\"MucDo\":4}");
        }
        SOURCE.stubFor(get(urlEqualTo("/api/v1/procedures")).willReturn(okJson(procedures.append("]}").toString())));
    }

    /**
     * DVCQG's list of each agency is asked for four at once (adapter.catalogue.concurrency): one after the other, a
     * province's ~50 agencies cost 50 round trips at each refresh. Every agency's list still lands in the catalogue.
     */
    @Test
    void theAgenciesListsAreAskedForSeveralAtOnce() {
        sixAgenciesProcedures();
        PORTAL.stubFor(post(urlEqualTo("/share")).willReturn(okJson("""
                {"error_code":0,"result":[{"MaTTHC":"2.000477.000.00.12.H25","TenTTHC":"Cấp Phiếu","MucDo":4,"TichHop":true}]}""")
                .withFixedDelay(1_500)));
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(okJson(Dossiers.page(null))));

        sync.runOnce();

        java.util.List<java.util.Date> asked = PORTAL.findAll(postRequestedFor(urlEqualTo("/share"))).stream()
                .map(com.github.tomakehurst.wiremock.verification.LoggedRequest::getLoggedDate).sorted().toList();
        assertThat(asked).hasSizeGreaterThanOrEqualTo(6);
        // one after the other, each list waits for the one before it (1.5 s); four at once arrive together
        assertThat(asked.get(3).getTime() - asked.get(0).getTime()).isLessThan(1_000);
        assertThat(jdbc.queryForList("select ma_don_vi from procedure_national where ma_don_vi like '000.00.2_.H25'", String.class))
                .containsExactlyInAnyOrder("000.00.21.H25", "000.00.22.H25", "000.00.23.H25", "000.00.24.H25",
                        "000.00.25.H25", "000.00.26.H25");
    }

    /**
     * A portal away while the lists go four at once: the first list without an answer is retried on its own, one line a
     * try, and the refresh ends when its tries do; the others are not retried side by side (four lines a try, as before).
     */
    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void aPortalAwayIsRetriedAsOneListNotFourSideBySide(org.springframework.boot.test.system.CapturedOutput log) {
        sixAgenciesProcedures();
        PORTAL.stubFor(post(urlEqualTo("/share")).willReturn(serverError()));
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(okJson(Dossiers.page(null))));

        assertThat(sync.runOnce().status()).isEqualTo(RunStatus.SUCCEEDED);

        assertThat(jdbc.queryForObject("select count(*) from catalogue_refresh", Integer.class)).isZero();
        java.util.List<String> tries = log.getAll().lines().filter(l -> l.contains("LayDanhSachTTHC 000.00.2")).toList();
        // the four lists asked once, then the first of them tried on to adapter.sync.max-attempts (4): three lines
        // for its first three tries, the last one told by the run's warning
        assertThat(tries).hasSize(3).allMatch(l -> l.contains("LayDanhSachTTHC 000.00.21.H25"));
        assertThat(tries.get(0)).contains("(lần 1/4)");
        assertThat(PORTAL.findAll(postRequestedFor(urlEqualTo("/share"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("000.00.21.H25")))).as("its tries, the"
                + " first one among the four at once included: adapter.sync.max-attempts and no more").hasSize(4);
        assertThat(PORTAL.findAll(postRequestedFor(urlEqualTo("/share"))).size()).as("the others once at most").isBetween(4, 7);
        assertThat(log.getAll()).contains("the procedure catalogue could not be refreshed, the run uses the one it has: ");
    }

    /** All or nothing, several at once too: one agency's list refused, the refresh keeps the catalogue it had and says which. */
    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void oneAgencysListRefusedAmongSeveralKeepsTheCatalogueItHad(org.springframework.boot.test.system.CapturedOutput log) {
        sixAgenciesProcedures();
        PORTAL.stubFor(post(urlEqualTo("/share")).withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("000.00.23.H25"))
                .willReturn(okJson("{\"error_code\":-1,\"message\":\"Đơn vị không tồn tại\"}")));
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(okJson(Dossiers.page(null))));
        int before = jdbc.queryForObject("select count(*) from procedure_national", Integer.class);

        RunSummary run = sync.runOnce();

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(jdbc.queryForObject("select count(*) from catalogue_refresh", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from procedure_national", Integer.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from procedure_national where ma_don_vi like '000.00.2_.H25'",
                Integer.class)).isZero();
        assertThat(log.getAll()).contains("LayDanhSachTTHC của 000.00.23.H25 lỗi: Đơn vị không tồn tại");
    }

    /** A source read that fails: each new try is one line in the portal's tries' words, not Camel's "Failed delivery for". */
    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void eachNewTryOfTheSourceIsToldInOneLineOfOurOwn(org.springframework.boot.test.system.CapturedOutput log) {
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(serverError()));

        assertThat(sync.runOnce().status()).isEqualTo(RunStatus.FAILED);

        assertThat(log.getAll()).contains("đọc Hệ thống một cửa: ").contains("(lần 1/").contains("statusCode: 500")
                .doesNotContain("Failed delivery for").doesNotContain("On delivery attempt");
    }

    /** A portal that drops the connection: each try is one WARN line of the portal client, the run goes on to its end. */
    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void aPortalThatDropsTheConnectionIsToldOnceATryNotAsCamelsDump(org.springframework.boot.test.system.CapturedOutput log) {
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(okJson(Dossiers.page(null,
                Dossiers.valid("HS-1", "2025-03-04T08:20:00+07:00", null)))));

        RunSummary run = sync.runOnce();

        assertThat(run.failed()).isEqualTo(1);
        assertThat(log.getAll()).contains("DongBoHoSoMC: không kết nối được Cổng DVCQG")
                .doesNotContain("Failed delivery for").doesNotContain("at org.apache.camel")
                .doesNotContain("Exception:");   // the reason, not the client library's class name before it
    }

    /**
     * The lag behind the source: now minus the checkpoint grew without bound when the source had nothing newer (the
     * review saw "1 day 5 hours" right after a full sync). A run that read the source to its end is not behind it.
     */
    @Test
    void aSyncThatReadTheSourceToItsEndIsNotBehindItHoweverOldItsLastChange(@Autowired vn.dvc.adapter.admin.LedgerQueries ledger) {
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(portalReply(0, "Thành công")));
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(okJson(Dossiers.page(null,
                Dossiers.valid("HS-1", "2025-03-04T08:20:00+07:00", null)))));
        java.time.Instant before = java.time.Instant.now();

        assertThat(sync.runOnce().status()).isEqualTo(RunStatus.SUCCEEDED);

        assertThat(ledger.checkpoint()).isEqualTo(java.time.Instant.parse("2025-03-04T01:20:00Z"));
        java.time.Instant readUpTo = ledger.readUpTo();
        assertThat(readUpTo).isAfterOrEqualTo(before.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).minusMillis(1))
                .isBeforeOrEqualTo(java.time.Instant.now());

        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(serverError()));
        assertThat(sync.runOnce().status()).isEqualTo(RunStatus.FAILED);
        assertThat(ledger.readUpTo()).as("a run that did not read to the end moves nothing").isEqualTo(readUpTo);
    }

    /**
     * A change dated hours ahead of the clock (a source's local times read as UTC) put the checkpoint there: every change
     * made meanwhile, dated before it, was never read again (the dvcqg-view review). The checkpoint stays at the clock,
     * the run says why once, and the next run asks from there.
     */
    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void aChangeDatedAheadOfTheClockDoesNotCarryTheCheckpointPastIt(org.springframework.boot.test.system.CapturedOutput log) {
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(portalReply(0, "Thành công")));
        String ahead = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(7)).plusHours(7).withNano(0).toString();
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(okJson(Dossiers.page(null,
                Dossiers.valid("HS-1", "2025-03-04T08:20:00+07:00", null), Dossiers.valid("HS-2", ahead, null)))));

        RunSummary run = sync.runOnce();

        assertThat(run.sent()).isEqualTo(2);
        java.time.Instant checkpoint = jdbc.queryForObject("select updated_since from checkpoint", java.time.OffsetDateTime.class).toInstant();
        assertThat(checkpoint).isBeforeOrEqualTo(java.time.Instant.now()).isAfter(java.time.Instant.now().minusSeconds(60));
        assertThat(log.getAll()).contains("hồ sơ HS-2 ghi thời điểm thay đổi").contains("mốc đồng bộ giữ ở giờ hiện tại");

        sync.runOnce();
        String since = SOURCE.getAllServeEvents().get(0).getRequest().queryParameter("updatedSince").firstValue();
        assertThat(java.time.Instant.parse(since)).as("the next run reads from the clock, not from hours ahead").isEqualTo(checkpoint);
    }

    @Test
    void aSourceErrorIsRetriedByTheRoute() {
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(serverError()).willSetStateTo("up"));
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(okJson(Dossiers.page(null))));

        RunSummary run = sync.runOnce();

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        SOURCE.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/dossiers")));
    }

    @Test
    void aSourceThatStaysDownEndsTheRunAsFailedWithTheCause() {
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(serverError()));

        RunSummary run = sync.runOnce();

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(jdbc.queryForObject("select message from sync_run where id = ?", String.class, run.run())).contains("500");
        assertThat(jdbc.queryForObject("select count(*) from checkpoint", Integer.class)).isZero();
        SOURCE.verify(5, getRequestedFor(urlPathEqualTo("/api/v1/dossiers")));   // one try and max-redeliveries (4) more
    }

    /** A page that cannot be read ends the run after its tries; the page before it is sent and passed by the checkpoint. */
    @Test
    void aNextPageThatCannotBeReadEndsTheRunAfterThePageBefore() {
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(portalReply(0, "Thành công")));
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).withQueryParam("cursor", absent())
                .willReturn(okJson(Dossiers.page("c2", Dossiers.valid("HS-1", "2025-03-04T08:20:00+07:00", null)))));
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).withQueryParam("cursor", equalTo("c2")).willReturn(serverError()));

        RunSummary run = sync.runOnce();

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.sent()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select message from sync_run where id = ?", String.class, run.run())).contains("500");
        assertThat(jdbc.queryForObject("select last_key from checkpoint", String.class)).isEqualTo("HS-1");
        SOURCE.verify(5, getRequestedFor(urlPathEqualTo("/api/v1/dossiers")).withQueryParam("cursor", equalTo("c2")));
    }

    /**
     * A page that came cut short is asked for again, not parsed again: the retry is of the call and the read together,
     * so the next try's whole page is what the run reads (a proxy or a source that dies mid-answer).
     */
    @Test
    void aPageCutShortIsAskedForAgainAndTheWholeOneIsRead() {
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(portalReply(0, "Thành công")));
        String page = Dossiers.page(null, Dossiers.valid("HS-1", "2025-03-04T08:20:00+07:00", null));
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).inScenario("cut").whenScenarioStateIs(STARTED)
                .willReturn(okJson(page.substring(0, page.length() / 2))).willSetStateTo("whole"));
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).inScenario("cut").whenScenarioStateIs("whole")
                .willReturn(okJson(page)));

        RunSummary run = sync.runOnce();

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.sent()).isEqualTo(1);
        SOURCE.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/dossiers")).withQueryParam("limit", equalTo("500"))
                .withQueryParam("cursor", absent()));
    }

    /** One that stays cut short ends the run with its parse error after one try and four more, each asked anew. */
    @Test
    void aPageThatStaysCutShortEndsTheRunWithItsParseError() {
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(okJson("{\"nextCursor\":null,\"items\":[{\"MaHoSo\":")));

        RunSummary run = sync.runOnce();

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(jdbc.queryForObject("select message from sync_run where id = ?", String.class, run.run()))
                .contains("end-of-input").doesNotContain("closed");
        SOURCE.verify(5, getRequestedFor(urlPathEqualTo("/api/v1/dossiers")));
    }

    /** What a page's answer said in its headers is not asked with by the next page: the run's exchange carries it. */
    @Test
    void theNextPageIsAskedWithoutTheHeadersOfTheAnswerBefore() {
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(portalReply(0, "Thành công")));
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).withQueryParam("cursor", absent())
                .willReturn(okJson(Dossiers.page("c2", Dossiers.valid("HS-1", "2025-03-04T08:20:00+07:00", null)))
                        .withHeader("Set-Cookie", "phien=abc").withHeader("X-Source-Trace", "t-1")));
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).withQueryParam("cursor", equalTo("c2"))
                .willReturn(okJson(Dossiers.page(null, Dossiers.valid("HS-2", "2025-03-04T08:21:00+07:00", null)))));

        assertThat(sync.runOnce().sent()).isEqualTo(2);
        SOURCE.verify(getRequestedFor(urlPathEqualTo("/api/v1/dossiers")).withQueryParam("cursor", equalTo("c2"))
                .withHeader("Set-Cookie", absent()).withHeader("X-Source-Trace", absent()));
    }
}
