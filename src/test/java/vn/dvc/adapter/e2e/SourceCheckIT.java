package vn.dvc.adapter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.OpenCpsDatabase;

/**
 * {@code source check} as a province's IT staff run it before the first sync, with the real jar against
 * OpenCPS on PostgreSQL: every missing table and column named at once (exit 2); the most recent dossiers
 * read, mapped and checked, what would be sent shown masked, an unknown status word named (exit 3); no
 * ledger written.
 */
class SourceCheckIT {

    static final EmbeddedPostgres POSTGRES = EndToEnd.postgres();
    static final DemoData DATA = DemoData.hoaBinh(60);

    private record Result(int exit, String out, String err) {}

    @AfterAll
    static void stop() throws java.io.IOException {
        POSTGRES.close();
    }

    private static Result check(Path dir, String database, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(AdapterJvm.java());
        cmd.addAll(List.of("source", "check",
                "--adapter.source.kind=database", "--adapter.source.profile=opencps",
                "--adapter.source.database.url=jdbc:postgresql://localhost:" + POSTGRES.getPort() + "/" + database,
                "--adapter.source.database.username=postgres"));
        cmd.addAll(List.of(extra));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static JdbcTemplate database(String name) throws Exception {
        new JdbcTemplate(POSTGRES.getPostgresDatabase()).execute("create database " + name);
        JdbcTemplate db = new JdbcTemplate(POSTGRES.getDatabase("postgres", name));
        OpenCpsDatabase opencps = new OpenCpsDatabase(db.getDataSource(), ZoneOffset.UTC).create();
        opencps.fill(DATA);
        return db;
    }

    @Test
    void everyMissingTableAndColumnIsNamedAtOnce(@TempDir Path dir) throws Exception {
        JdbcTemplate db = database("missing");
        db.execute("alter table opencps_dossier drop column dossierNo");
        db.execute("alter table opencps_dossieraction drop column actionUser");
        db.execute("drop table opencps_paymentfile");

        Result r = check(dir, "missing", "--lang", "en");

        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).contains("Missing in the database, 3:", "opencps_dossier.dossierNo", "opencps_dossieraction.actionUser",
                "opencps_paymentfile").contains("Nothing was read");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void theRecentDossiersAreShownMaskedAndAnUnknownStatusWordIsNamed(@TempDir Path dir) throws Exception {
        JdbcTemplate db = database("statuses");
        String latest = db.queryForObject("select dossierNo from opencps_dossier order by modifiedDate desc limit 1", String.class);
        db.update("update opencps_dossier set dossierStatus = 'interoperating', modifiedDate = ? where dossierNo = ?",
                java.time.LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC), latest);
        String idNo = db.queryForObject("select applicantIdNo from opencps_dossier order by modifiedDate desc limit 1 offset 1",
                String.class);

        Result human = check(dir, "statuses", "--limit", "5");
        Result json = check(dir, "statuses", "--limit", "5", "--json");

        assertThat(human.exit()).as(human.err()).isEqualTo(3);
        assertThat(human.out()).contains("✗ Hồ sơ " + latest, "TrangThaiHoSo", "interoperating")
                .contains("✓ ").contains("sẽ gửi").contains("Đã đọc 5: 4 sẽ gửi, 1 bị từ chối. Không gửi gì lên Cổng DVCQG.")
                .contains("Trang đầu của một lần đồng bộ toàn bộ: ").doesNotContain("Chậm:")
                .doesNotContain(idNo);
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(json.exit()).isEqualTo(3);
        assertThat(report.path("refused").asInt()).isEqualTo(1);
        JsonNode first = report.path("firstPage");   // a full sync's first page, read and timed: the oldest dossiers
        assertThat(first.path("events").asInt()).isPositive();
        assertThat(first.path("dossiers").asInt()).isPositive().isLessThanOrEqualTo(first.path("events").asInt());
        assertThat(first.path("changesMillis").asLong()).isNotNegative();
        assertThat(first.path("slow").asBoolean()).isFalse();
        assertThat(report.path("dossiers")).hasSize(5);
        assertThat(report.path("dossiers").get(4).path("field").asText()).isEqualTo("TrangThaiHoSo");
        // the progress entries as they would be sent (the dvcqg-view review could not see their times before a sync)
        int steps = 0;
        for (JsonNode d : report.path("dossiers")) {
            steps += d.path("progress").size();
            assertThat(d.path("progress").size()).isLessThanOrEqualTo(d.path("progressEntries").asInt());
        }
        assertThat(steps).isPositive();
        assertThat(human.out()).contains("\"ThoiDiemXuLy\"");
        assertThat(report.toString()).doesNotContain(idNo);
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void aDatabaseThatCannotBeReachedIsOneLineAndExit2(@TempDir Path dir) throws Exception {
        Result r = check(dir, "no_such_database");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no_such_database").doesNotContain("\tat ");
    }
}
