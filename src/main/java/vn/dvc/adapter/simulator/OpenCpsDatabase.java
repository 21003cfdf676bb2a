package vn.dvc.adapter.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An OpenCPS v2 database filled from the demo data (domain.md §3b), for {@code demo --source opencps}
 * and the tests of the {@code opencps} profile: the tables of {@code simulator/opencps-schema.sql}
 * with every timestamp written as Liferay writes it, local time of {@code zone} (UTC) without a zone;
 * statuses as OpenCPS's words; the processing history as actions whose status comes from their
 * process step; files, results and fees as their own rows. A demo record the contract already
 * refuses (a malformed field) is left out: OpenCPS's typed columns could not hold it.
 */
public final class OpenCpsDatabase {

    /** The Liferay site (groupId) every row belongs to. */
    public static final long GROUP = 35417;
    /** The OpenCPS status word of each TrangThaiHoSo, index = code. */
    public static final List<String> WORDS = List.of("", "new", "receiving", "unresolved", "processing", "waiting", "paying",
            "cancelled", "denied", "releasing", "done");
    private static final long PROCESS = 1;

    /** The tables of {@code simulator/opencps-schema.sql}. */
    private static final List<String> TABLES = List.of("opencps_dossier", "opencps_dossieraction", "opencps_dossierfile",
            "opencps_paymentfile", "opencps_processstep", "opencps_dossierstatusmapping", "opencps_serviceinfomapping",
            "opencps_serviceinfo", "opencps_serviceconfig");

    private final JdbcTemplate jdbc;
    private final ZoneId zone;
    private final boolean mysql;
    private final AtomicLong ids = new AtomicLong(1000);

    public OpenCpsDatabase(DataSource dataSource, ZoneId zone) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.zone = zone;
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            this.mysql = product.contains("mysql") || product.contains("mariadb");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the OpenCPS database: " + e.getMessage(), e);
        }
    }

    /** Creates the tables (and the indexes the README asks a DBA to add), and the process steps. */
    public OpenCpsDatabase create() {
        String ddl;
        try (InputStream in = OpenCpsDatabase.class.getResourceAsStream("/simulator/opencps-schema.sql")) {
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (String statement : ddl.split("(?m)^;$")) {
            String sql = statement.replaceAll("(?m)^--.*$", "").strip();
            if (!sql.isEmpty()) {
                jdbc.execute(mysql ? sql.replace(" timestamp", " datetime(6)") : sql);
            }
        }
        List<Object[]> steps = new ArrayList<>();
        for (int code = 1; code <= 10; code++) {
            steps.add(new Object[] {ids.incrementAndGet(), GROUP, step(code), PROCESS, "Bước " + code, WORDS.get(code), ""});
        }
        jdbc.batchUpdate("insert into opencps_processstep (processStepId, groupId, stepCode, serviceProcessId, stepName,"
                + " dossierStatus, dossierSubStatus) values (?,?,?,?,?,?,?)", steps);
        return this;
    }

    /** What a fill wrote. */
    public record Filled(int dossiers, int leftOut) {}

    /** The province's catalogue and every demo dossier the typed columns can hold, in batches. */
    public Filled fill(DemoData data) {
        procedures(data);
        Rows rows = new Rows();
        int leftOut = 0;
        for (int i = 0; i < data.dossierCount(); i++) {
            if (data.refused(i)) {
                leftOut++;
                continue;
            }
            rows.add(data.dossier(i));
            if (rows.dossiers.size() >= 500) {
                rows.flush();
            }
        }
        rows.flush();
        statistics();
        return new Filled(data.dossierCount() - leftOut, leftOut);
    }

    /**
     * The planner's statistics, as a province's database has them: on tables just filled, before the
     * server's own analysis came round, PostgreSQL chose full scans for a page's child lists, and
     * {@code bench} measured those rather than the profile's queries.
     */
    private void statistics() {
        jdbc.execute(mysql ? "analyze table " + String.join(", ", TABLES) : "analyze");
    }

    /** The province's code of a procedure the way OpenCPS keeps it: every third one under a local code with a mapping to DVCQG's. */
    public static String serviceCode(String maTTHC) {
        return Math.floorMod(maTTHC.hashCode(), 3) == 0 ? "HB-" + Integer.toHexString(maTTHC.hashCode()) : maTTHC;
    }

    private void procedures(DemoData data) {
        List<Object[]> infos = new ArrayList<>();
        List<Object[]> configs = new ArrayList<>();
        List<Object[]> mappings = new ArrayList<>();
        Map<String, Long> infoIds = new java.util.HashMap<>();
        for (Procedure p : data.procedures()) {
            String code = serviceCode(p.maTTHC());
            Long info = infoIds.get(code);
            if (info == null) {
                info = ids.incrementAndGet();
                infoIds.put(code, info);
                infos.add(new Object[] {info, GROUP, code, p.tenTTHC(), p.coPhiLePhi() ? "Lệ phí theo quy định" : "", p.maLinhVuc(),
                        p.tenLinhVuc()});
                if (!code.equals(p.maTTHC())) {
                    mappings.add(new Object[] {ids.incrementAndGet(), GROUP, code, p.maTTHC()});
                }
            }
            configs.add(new Object[] {ids.incrementAndGet(), GROUP, info, p.maDonVi(), p.mucDo()});
        }
        jdbc.batchUpdate("insert into opencps_serviceinfo (serviceInfoId, groupId, serviceCode, serviceName, feeText,"
                + " domainCode, domainName) values (?,?,?,?,?,?,?)", infos);
        jdbc.batchUpdate("insert into opencps_serviceconfig (serviceConfigId, groupId, serviceInfoId, govAgencyCode, serviceLevel)"
                + " values (?,?,?,?,?)", configs);
        jdbc.batchUpdate("insert into opencps_serviceinfomapping (serviceInfoMappingId, groupId, serviceCode, serviceCodeDVCQG)"
                + " values (?,?,?,?)", mappings);
    }

    /** Rows of a batch of dossiers, written together. */
    private final class Rows {
        final List<Object[]> dossiers = new ArrayList<>();
        final List<Object[]> actions = new ArrayList<>();
        final List<Object[]> files = new ArrayList<>();
        final List<Object[]> payments = new ArrayList<>();

        void add(ObjectNode d) {
            long id = ids.incrementAndGet();
            LocalDateTime modified = local(java.time.OffsetDateTime.parse(d.get("CapNhatLuc").asText()).toInstant());
            String status = WORDS.get(Integer.parseInt(d.get("TrangThaiHoSo").asText()));
            String loai = d.path("LoaiDoiTuong").asText();
            dossiers.add(new Object[] {id, GROUP, local(d, "NgayNopHoSo"), modified, serviceCode(d.get("MaTTHC").asText()),
                    d.path("TenTTHC").asText(null), d.get("MaDonVi").asText(), d.path("DonViXuLy").asText(null),
                    d.path("ChuHoSo").asText(null), "1".equals(loai) ? "citizen" : "2".equals(loai) ? "business" : "organization",
                    d.path("SoGiayToChuHoSo").asText(null), d.path("SoDienThoai").asText(null), d.path("Email").asText(null),
                    d.path("TrichYeuHoSo").asText(null), d.path("GhiChu").asText(null), d.get("MaHoSo").asText(),
                    local(d, "NgayNopHoSo"), local(d, "NgayTiepNhan"), local(d, "NgayHenTra"), local(d, "NgayKetThucXuLy"),
                    local(d, "NgayTra"), status, "", "1".equals(d.path("HinhThuc").asText()) ? 2 : 0,
                    "2".equals(d.path("KenhThucHien").asText())});
            for (JsonNode p : d.path("TienDo")) {
                LocalDateTime at = local(p, "ThoiDiemXuLy");
                actions.add(new Object[] {ids.incrementAndGet(), GROUP, at, at, id, PROCESS, step(p.path("TrangThai").asInt()),
                        p.path("PhongBanXuLy").asText(null), p.path("NguoiXuLy").asText(null), p.path("NoiDungXuLy").asText(null),
                        local(p, "NgayKetThucTheoQuyDinh")});
            }
            int part = 0;
            for (JsonNode f : d.path("TaiLieuNop")) {
                files.add(file(id, modified, f.path("MaThanhPhanHoSo").asText(null), 1, f.path("TenTepDinhKem").asText(null),
                        ++part == 1 && id % 50 == 0));
            }
            for (JsonNode r : d.path("DanhSachGiayToKetQua")) {
                files.add(file(id, modified, r.path("MaThanhPhanHoSo").asText(null), 2, r.path("TenGiayTo").asText(null), false));
            }
            boolean paidOnline = !"0".equals(d.path("DuocThanhToanTrucTuyen").asText("0"));
            for (JsonNode fee : d.path("DanhSachLePhi")) {
                payments.add(new Object[] {ids.incrementAndGet(), GROUP, modified, modified, id, fee.path("TenPhiLePhi").asText(null),
                        fee.path("Gia").asLong(), paidOnline ? "Keypay" : "Tiền mặt", paidOnline ? local(d, "NgayTiepNhan") : null});
            }
        }

        /** A file row; every 50th dossier also has a file removed (never sent) beside its first. */
        private Object[] file(long dossier, LocalDateTime at, String partNo, int type, String name, boolean removedToo) {
            if (removedToo) {
                files.add(new Object[] {ids.incrementAndGet(), GROUP, at, at, dossier, partNo, type, "đã thay thế - " + name,
                        ids.incrementAndGet(), true});
            }
            long fileId = ids.incrementAndGet();
            return new Object[] {fileId, GROUP, at, at, dossier, partNo, type, name, fileId + 500_000, false};
        }

        void flush() {
            jdbc.batchUpdate("insert into opencps_dossier (dossierId, groupId, createDate, modifiedDate, serviceCode, serviceName,"
                    + " govAgencyCode, govAgencyName, applicantName, applicantIdType, applicantIdNo, contactTelNo, contactEmail,"
                    + " dossierName, dossierNote, dossierNo, submitDate, receiveDate, dueDate, releaseDate, finishDate, dossierStatus,"
                    + " dossierSubStatus, viaPostal, online_) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", dossiers);
            jdbc.batchUpdate("insert into opencps_dossieraction (dossierActionId, groupId, createDate, modifiedDate, dossierId,"
                    + " serviceProcessId, stepCode, stepName, actionUser, actionName, dueDate) values (?,?,?,?,?,?,?,?,?,?,?)", actions);
            jdbc.batchUpdate("insert into opencps_dossierfile (dossierFileId, groupId, createDate, modifiedDate, dossierId,"
                    + " dossierPartNo, dossierPartType, displayName, fileEntryId, removed) values (?,?,?,?,?,?,?,?,?,?)", files);
            jdbc.batchUpdate("insert into opencps_paymentfile (paymentFileId, groupId, createDate, modifiedDate, dossierId,"
                    + " paymentFee, paymentAmount, paymentMethod, confirmDatetime) values (?,?,?,?,?,?,?,?,?)", payments);
            dossiers.clear();
            actions.clear();
            files.clear();
            payments.clear();
        }
    }

    // What a one-stop system's staff do between two runs, for the tests: each writes the rows OpenCPS writes.

    /** An officer edits the dossier itself: its row changes. */
    public void editDossier(String dossierNo, String dossierName, Instant at) {
        jdbc.update("update opencps_dossier set dossierName = ?, modifiedDate = ? where dossierNo = ?", dossierName, local(at), dossierNo);
    }

    /** An officer acts on the dossier: a new action row; the dossier's own row is left as it was. */
    public void addAction(String dossierNo, int trangThai, String user, String name, Instant at) {
        Long dossier = jdbc.queryForObject("select dossierId from opencps_dossier where dossierNo = ?", Long.class, dossierNo);
        jdbc.update("insert into opencps_dossieraction (dossierActionId, groupId, createDate, modifiedDate, dossierId, serviceProcessId,"
                + " stepCode, stepName, actionUser, actionName) values (?,?,?,?,?,?,?,?,?,?)", ids.incrementAndGet(), GROUP,
                local(at), local(at), dossier, PROCESS, step(trangThai), "Phòng chuyên môn", user, name);
    }

    /** The dossier's status word, as OpenCPS writes it. */
    public void setStatus(String dossierNo, String word, String subWord, Instant at) {
        jdbc.update("update opencps_dossier set dossierStatus = ?, dossierSubStatus = ?, modifiedDate = ? where dossierNo = ?",
                word, subWord, local(at), dossierNo);
    }

    private static String step(int trangThai) {
        return "S" + trangThai;
    }

    private LocalDateTime local(JsonNode node, String field) {
        String text = node.path(field).asText("");
        return text.isEmpty() ? null : local(Wire.DATE.parse(text, Instant::from));
    }

    private LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, zone);
    }
}
