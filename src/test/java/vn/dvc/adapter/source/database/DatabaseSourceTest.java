package vn.dvc.adapter.source.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.adapter.TestProperties;
import vn.dvc.adapter.simulator.OpenCpsDatabase;
import vn.dvc.adapter.source.PageRequest;
import vn.dvc.adapter.source.SourcePage;
import vn.dvc.adapter.source.Unreadable;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.SourceSettings;

/**
 * How the database source pages through change events, on OpenCPS's tables in an in-memory H2: each
 * dossier read once, at its latest change, whichever of its rows changed; ties across a page's end;
 * slices of drafts; the overlap; the database's zone; a row the mapping fails on.
 */
class DatabaseSourceTest {

    private static final Instant T0 = Instant.parse("2025-03-04T01:00:00Z");
    private final String url = "jdbc:h2:mem:opencps-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    private final JdbcTemplate db;
    private DatabaseSource source;

    DatabaseSourceTest() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        new OpenCpsDatabase(ds, ZoneOffset.UTC).create();
        db = new JdbcTemplate(ds);
    }

    @AfterEach
    void close() {
        if (source != null) {
            source.destroy();
        }
    }

    private DatabaseSource source(ZoneId zone) {
        return source(zone, "opencps");
    }

    private DatabaseSource source(ZoneId zone, String profile) {
        source = new DatabaseSource(TestProperties.of(new SourceSettings("database", null, 3, profile,
                new SourceSettings.Database(url, "sa", "", zone, Duration.ofMinutes(10), null, Duration.ofSeconds(30), Duration.ofSeconds(10)), 4, 500)), new ObjectMapper());
        source.afterPropertiesSet();
        return source;
    }

    private void dossier(long id, String status, Instant modified) {
        db.update("insert into opencps_dossier (dossierId, groupId, dossierNo, serviceCode, govAgencyCode, applicantName,"
                        + " submitDate, dossierStatus, dossierSubStatus, online_, viaPostal, modifiedDate) values (?,?,?,?,?,?,?,?,?,?,?,?)",
                id, OpenCpsDatabase.GROUP, "HS-" + id, "1.000001", "000.00.12.H25", "Nguyễn Văn An", utc(T0), status, "", false, 0,
                utc(modified));
    }

    private void action(long id, long dossier, Instant at) {
        db.update("insert into opencps_dossieraction (dossierActionId, groupId, dossierId, serviceProcessId, stepCode, actionUser,"
                + " actionName, createDate, modifiedDate) values (?,?,?,1,'S4','Cán bộ','Xử lý',?,?)", id, OpenCpsDatabase.GROUP,
                dossier, utc(at), utc(at));
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Every page of a run from {@code since}, as the page loop asks for them. */
    private List<SourcePage> run(DatabaseSource source, Instant since) {
        List<SourcePage> pages = new ArrayList<>();
        String cursor = null;
        do {
            SourcePage page = source.page(new PageRequest(since, cursor, 3));
            pages.add(page);
            cursor = page.nextCursor();
        } while (!pages.get(pages.size() - 1).last());
        return pages;
    }

    private static List<String> read(List<SourcePage> pages) {
        List<String> out = new ArrayList<>();
        pages.forEach(p -> p.items().forEach(i -> out.add(i.path("MaHoSo").asText() + "@" + i.path("CapNhatLuc").asText())));
        return out;
    }

    /**
     * The dvcqg-view review: one view's times were local while the zone said UTC, and only the dossier's own row was
     * looked at for a time ahead of the clock. A child row dated ahead is found too, and the zone is said.
     */
    @Test
    void sourceCheckFindsAChildRowDatedAheadOfTheClock() {
        dossier(1, "processing", T0);
        Instant ahead = Instant.now().plus(Duration.ofHours(7)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        action(11, 1, ahead);   // the action's time written in Vietnam's local time, read as UTC
        ObjectMapper json = new ObjectMapper();
        AdapterProperties props = TestProperties.of();

        SourceCheck.Report report = SourceCheck.run(source(ZoneOffset.UTC), new vn.dvc.adapter.checks.DossierMapper(json,
                new vn.dvc.adapter.checks.EAuthVerifier(props), props), 3, 500);

        assertThat(report.future()).isEqualTo(ahead);
        assertThat(report.zone()).isEqualTo(ZoneOffset.UTC);
    }

    /** The driver's reason under Spring's wrapper, in one line: PostgreSQL's messages carry "\n  Position: 8". */
    @Test
    void aQueryFailuresReasonIsTheDriversInOneLine() {
        var failed = new org.springframework.jdbc.BadSqlGrammarException("changes", "select …",
                new java.sql.SQLException("ERROR: column \"modifieddate\" does not exist\n  Position: 8"));
        assertThat(SourceDatabase.reason(failed)).isEqualTo("ERROR: column \"modifieddate\" does not exist Position: 8");
    }

    @Test
    void aDossierIsReadOnceAtItsLatestChangeWhicheverOfItsRowsChanged() {
        dossier(1, "processing", T0);
        dossier(2, "processing", T0.plusSeconds(10));
        dossier(3, "processing", T0.plusSeconds(20));
        action(11, 1, T0.plusSeconds(5));
        action(12, 1, T0.plusSeconds(100));   // the dossier's row is untouched: the action alone brings it back
        dossier(4, "processing", T0.plusSeconds(30));

        List<String> read = read(run(source(null), T0.minusSeconds(3600)));

        assertThat(read).containsExactly("HS-2@2025-03-04T01:00:10Z", "HS-3@2025-03-04T01:00:20Z", "HS-4@2025-03-04T01:00:30Z",
                "HS-1@2025-03-04T01:01:40Z");
    }

    @Test
    void dossiersChangedAtTheSameInstantAcrossAPagesEndAreEachReadOnce() {
        for (long id = 1; id <= 7; id++) {
            dossier(id, "processing", T0);
        }
        List<SourcePage> pages = run(source(null), T0.minusSeconds(60));

        assertThat(read(pages)).hasSize(7).doesNotHaveDuplicates();
        assertThat(pages).hasSizeGreaterThan(2);
    }

    @Test
    void aPageWhoseEventsNameFewDossiersReadsMoreOfThemUntilItHasAPagesWorth() {
        for (long id = 1; id <= 5; id++) {
            dossier(id, "processing", T0.plusSeconds(id * 100));
            for (long a = 1; a <= 4; a++) {
                action(id * 10 + a, id, T0.plusSeconds(id * 100 + a));   // four actions after each dossier's own row
            }
        }

        List<SourcePage> pages = run(source(null), T0.minusSeconds(60));

        assertThat(pages.get(0).items()).as("three dossiers, not the one its first three events name").hasSize(3);
        assertThat(pages).hasSize(2);
        assertThat(read(pages)).containsExactly("HS-1@2025-03-04T01:01:44Z", "HS-2@2025-03-04T01:03:24Z", "HS-3@2025-03-04T01:05:04Z",
                "HS-4@2025-03-04T01:06:44Z", "HS-5@2025-03-04T01:08:24Z");
    }

    @Test
    void aSliceOfDraftsOnlyDoesNotEndTheRun() {
        for (long id = 1; id <= 6; id++) {
            dossier(id, "", T0.plusSeconds(id));   // drafts: no status yet
        }
        dossier(7, "processing", T0.plusSeconds(60));

        List<SourcePage> pages = run(source(null), T0.minusSeconds(60));

        assertThat(read(pages)).containsExactly("HS-7@2025-03-04T01:01:00Z");
    }

    @Test
    void aRunStartsTheOverlapBeforeItsCheckpointSoARowCommittedLateIsRead() {
        dossier(1, "processing", T0.minus(Duration.ofMinutes(9)));
        dossier(2, "processing", T0.minus(Duration.ofMinutes(11)));

        assertThat(read(run(source(null), T0))).containsExactly("HS-1@2025-03-04T00:51:00Z");
    }

    @Test
    void timestampsAreReadInTheDatabasesZone() {
        dossier(1, "processing", T0);   // written as 01:00 local time of a database that writes Hà Nội time

        assertThat(read(run(source(ZoneId.of("Asia/Ho_Chi_Minh")), T0.minusSeconds(86_400))))
                .containsExactly("HS-1@2025-03-03T18:00:00Z");
    }

    @Test
    void aDossierTheMappingFailsOnIsAnUnreadableRecordNamedByItsCodeAndThePageGoesOn(@TempDir Path dir) throws Exception {
        dossier(1, "processing", T0);
        dossier(2, "processing", T0.plusSeconds(1));
        Path profile = ProfilesTest.copyOfOpenCps(dir);
        Files.writeString(profile.resolve("dossier.jslt"), """
                if (.dossier.dossier_no == "HS-1") error("không có quy tắc cho hồ sơ này")
                else {"MaHoSo": .dossier.dossier_no, "MaDonVi": .dossier.gov_agency_code}
                """);

        List<JsonNode> items = run(source(null, profile.toString()), T0.minusSeconds(60)).get(0).items();

        assertThat(items).hasSize(2);
        Unreadable bad = Unreadable.of(items.get(0));
        assertThat(bad).isNotNull();
        assertThat(bad.maHoSo()).isEqualTo("HS-1");
        assertThat(bad.maDonVi()).isEqualTo("000.00.12.H25");
        assertThat(bad.updatedAt()).isEqualTo(T0);
        assertThat(bad.reasonEn()).contains("mapping failed", "không có quy tắc cho hồ sơ này");
        assertThat(bad.raw()).contains("\"dossier_no\":\"HS-1\"");
        assertThat(items.get(1).path("MaHoSo").asText()).isEqualTo("HS-2");
    }

    /** A URL that lifts its driver's limits (0: none) still leaves the open bounded by {@code connect-timeout}. */
    @Test
    void aUrlWithoutLimitsOfItsOwnIsStillBoundedByTheConnectTimeout() throws Exception {
        try (vn.dvc.adapter.SilentServer silent = new vn.dvc.adapter.SilentServer()) {
            Duration timeout = Duration.ofSeconds(2);
            var settings = new SourceSettings.Database("jdbc:mariadb://" + silent.address() + "/opencps?connectTimeout=0&socketTimeout=0",
                    "reader", "x", ZoneOffset.UTC, Duration.ofMinutes(10), null, Duration.ofSeconds(30), timeout);
            Class.forName("org.mariadb.jdbc.Driver");

            long start = System.nanoTime();
            Throwable failed = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> org.assertj.core.api.Assertions.catchThrowable(() -> SourceDatabase.open(Profiles.load("opencps",
                            new ObjectMapper()), settings)));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(failed).isInstanceOf(SourceUnavailable.class).hasMessageContaining("no answer within PT2S");
            assertThat(took).isLessThan(timeout.plusSeconds(4));
        }
    }

    /**
     * A one-stop database whose port refuses the connection (the server stopped, a wrong port): with every shipped
     * driver, opening it is refused at once with the driver's reason, not after the whole {@code connect-timeout}
     * (13.8 s for 10 s: the pool retried it in the background until the wait ran out).
     */
    @Test
    void aRefusedConnectionIsNamedAtOnceWithEveryDriver() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String at = "127.0.0.1:" + port;
        Profile profile = Profiles.load("opencps", new ObjectMapper());
        Duration timeout = Duration.ofSeconds(10);
        for (String url : List.of("jdbc:postgresql://" + at + "/opencps", "jdbc:mariadb://" + at + "/opencps",
                "jdbc:mysql://" + at + "/opencps", "jdbc:sqlserver://" + at + ";databaseName=opencps;encrypt=false",
                "jdbc:oracle:thin:@//" + at + "/opencps")) {
            var settings = new SourceSettings.Database(url, "reader", "x", ZoneOffset.UTC, Duration.ofMinutes(10), null,
                    Duration.ofSeconds(30), timeout);

            long start = System.nanoTime();
            Throwable failed = org.assertj.core.api.Assertions.catchThrowable(() -> SourceDatabase.open(profile, settings));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(failed).as(url).isInstanceOf(SourceUnavailable.class).hasMessageContaining(at)
                    .hasMessageNotContaining("total=0");
            assertThat(took).as(url + ": " + failed.getMessage()).isLessThan(Duration.ofSeconds(4));
        }
    }

    /**
     * A one-stop database that takes the connection and never answers (hung, or a proxy whose far side is gone): with
     * every shipped driver, opening it ends after {@code connect-timeout}, naming the database, and leaves no login
     * waiting behind it (the pool's close used to wait for one: 22 s for a 10 s wait).
     */
    @Test
    void aDatabaseThatNeverAnswersIsNamedAfterTheConnectTimeoutWithEveryDriver() throws Exception {
        try (vn.dvc.adapter.SilentServer silent = new vn.dvc.adapter.SilentServer()) {
            Profile profile = Profiles.load("opencps", new ObjectMapper());
            String at = silent.address();
            Duration timeout = Duration.ofSeconds(2);
            for (String driver : List.of("org.postgresql.Driver", "org.mariadb.jdbc.Driver", "com.mysql.cj.jdbc.Driver",
                    "com.microsoft.sqlserver.jdbc.SQLServerDriver", "oracle.jdbc.OracleDriver")) {
                Class.forName(driver);   // loaded before the clock starts: the bound is the login's, not the class loading's
            }
            for (String url : List.of("jdbc:postgresql://" + at + "/opencps", "jdbc:mariadb://" + at + "/opencps",
                    "jdbc:mysql://" + at + "/opencps", "jdbc:sqlserver://" + at + ";databaseName=opencps;encrypt=false",
                    "jdbc:oracle:thin:@//" + at + "/opencps")) {
                int before = silent.accepted();
                var settings = new SourceSettings.Database(url, "reader", "x", ZoneOffset.UTC, Duration.ofMinutes(10), null,
                        Duration.ofSeconds(30), timeout);

                long start = System.nanoTime();
                Throwable failed = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                        () -> org.assertj.core.api.Assertions.catchThrowable(() -> SourceDatabase.open(profile, settings)), url);
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                assertThat(silent.accepted()).as(url + ": the driver did reach the silent server").isGreaterThan(before);
                assertThat(failed).as(url).isInstanceOf(SourceUnavailable.class).hasMessageContaining(at)
                        .hasMessageNotContaining("total=0");
                assertThat(took).as(url + ": " + failed.getMessage()).isGreaterThanOrEqualTo(timeout.minusMillis(100))
                        .isLessThan(timeout.plusSeconds(3));
            }
        }
    }
}
