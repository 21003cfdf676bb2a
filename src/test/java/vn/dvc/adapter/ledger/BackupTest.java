package vn.dvc.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dvc.adapter.ledger.LedgerCipher;
import vn.dvc.adapter.ledger.Transfers;

/**
 * A backup while a serve-like context holds the H2 ledger file open ({@code POST /api/backup}, ADMIN),
 * restored into a fresh ledger folder that then holds the same rows; and the ledger's folder and files
 * owner-only. The other systems are never called here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "adapter.source.url=http://127.0.0.1:9", "adapter.portal.url=http://127.0.0.1:9", "adapter.portal.client-id=x",
        "adapter.portal.client-secret=x", "adapter.portal.username=x", "adapter.portal.password=x",
        "adapter.portal.madonvi=000.00.00.H25", "adapter.sso.jwks-url=http://127.0.0.1:9/jwks", "adapter.sso.issuer=x",
        "adapter.sso.audience=x",
        "adapter.admin.users[0].username=operator",
        "adapter.admin.users[0].password={bcrypt}$2a$04$uD0Aw0qVJibUuR6EqQeGneE6i1V/3oYF6/OII.8MpWGC9/SmRxGDa",
        "adapter.admin.users[0].role=OPERATOR",
        "adapter.admin.users[1].username=admin",
        "adapter.admin.users[1].password={bcrypt}$2a$04$kgq1T5JP671mPb9GSxb9dey.ILQ.ZIqjHCgaFU.l7vdhjV5EoMsTq",
        "adapter.admin.users[1].role=ADMIN"})
class BackupTest {

    private static final Path DIR = folder();
    private static final List<String> TABLES = List.of("transfer", "transfer_event", "sync_run", "admin_audit", "replay_audit",
            "procedure_local", "checkpoint", "run_lock");

    private static Path folder() {
        try {
            return Files.createTempDirectory(Path.of("target").toAbsolutePath(), "backup-");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void ledger(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DIR.resolve("ledger/adapter") + ";DB_CLOSE_ON_EXIT=FALSE");
        registry.add("adapter.ledger.backup-dir", () -> DIR.resolve("backups").toString());
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LedgerCipher cipher;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> postBackup(String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/backup"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-pw")
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void fill() {
        for (int i = 0; i < 40; i++) {
            jdbc.update("insert into transfer (ma_ho_so, state, payload, last_error, created_at, updated_at) values (?, ?, ?, ?, ?, ?)",
                    "HS-" + i, i % 4 == 0 ? "FAILED" : "SENT", cipher.seal("{\"dossier\":{\"MaHoSo\":\"HS-" + i + "\"}}"),
                    cipher.seal("lỗi " + i), Transfers.now(), Transfers.now());
            jdbc.update("insert into transfer_event (ma_ho_so, at, kind, state, message) values (?, ?, 'SYNC', 'FAILED', ?)",
                    "HS-" + i, Transfers.now(), cipher.seal("m"));
        }
        jdbc.update("insert into sync_run (kind, owner, status, started_at, heartbeat_at) values ('SYNC', 'x', 'SUCCEEDED', ?, ?)",
                Transfers.now(), Transfers.now());
    }

    private static Map<String, Long> counts(Connection c) throws Exception {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String table : TABLES) {
            try (ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table)) {
                rs.next();
                out.put(table, rs.getLong(1));
            }
        }
        return out;
    }

    @Test
    void anAdminBacksTheLedgerUpWhileServeHoldsItAndTheCopyRestoresWithTheSameRows() throws Exception {
        fill();
        Map<String, Long> live;
        try (Connection c = jdbc.getDataSource().getConnection()) {
            live = counts(c);
        }

        assertThat(postBackup("operator").statusCode()).isEqualTo(403);
        HttpResponse<String> r = postBackup("admin");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode written = new ObjectMapper().readTree(r.body());
        Path zip = Path.of(written.path("file").asText());
        assertThat(zip).exists().hasParent(DIR.resolve("backups"));
        assertThat(written.path("bytes").asLong()).isEqualTo(Files.size(zip)).isPositive();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zip))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DIR.resolve("backups")))).isEqualTo("rwx------");
        assertThat(jdbc.queryForObject("select actor from admin_audit where action = 'BACKUP' and detail like ?", String.class,
                "file=" + zip.getFileName() + " %")).isEqualTo("admin");

        // restore: the copy unzipped into an empty ledger folder (README, "Backup and restore")
        Path restored = DIR.resolve("restored");
        Files.createDirectories(restored);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Files.copy((InputStream) in, restored.resolve(Path.of(e.getName()).getFileName()));
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("adapter"), "sa", "")) {
            assertThat(counts(c)).isEqualTo(live);
            try (ResultSet rs = c.createStatement().executeQuery("select payload from transfer where ma_ho_so = 'HS-7'")) {
                rs.next();
                assertThat(rs.getString(1)).startsWith("v1:test1:");
                assertThat(cipher.open(rs.getString(1))).isEqualTo("{\"dossier\":{\"MaHoSo\":\"HS-7\"}}");
            }
        }
    }

    @Test
    void threeBackupsInTheSameSecondGiveThreeFilesEachAuditedUnderItsOwnName() throws Exception {
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            calls.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                    return postBackup("admin");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        go.countDown();

        List<String> files = new java.util.ArrayList<>();
        for (var call : calls) {
            HttpResponse<String> r = call.get();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            files.add(Path.of(new ObjectMapper().readTree(r.body()).path("file").asText()).getFileName().toString());
        }

        assertThat(files).doesNotHaveDuplicates().allSatisfy(f -> assertThat(DIR.resolve("backups").resolve(f)).isNotEmptyFile());
        for (String f : files) {
            assertThat(jdbc.queryForObject("select count(*) from admin_audit where action = 'BACKUP' and detail like ?", Integer.class,
                    "file=" + f + " %")).as(f).isEqualTo(1);
        }
    }

    /**
     * H2 makes its files with the process's umask (a trace file may come later, at its first error): the
     * folder's 0700 is what keeps them from other users; the database file is also made 0600 at start.
     */
    @Test
    void theLedgerFolderIsTheOwnersOnlyAndSoIsTheDatabaseFile() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DIR.resolve("ledger")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DIR.resolve("ledger/adapter.mv.db"))))
                .isEqualTo("rw-------");
    }
}
