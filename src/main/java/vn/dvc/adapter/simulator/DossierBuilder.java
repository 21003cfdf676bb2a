package vn.dvc.adapter.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

/** Turns a {@link Plan} into the one-stop system's dossier JSON (domain.md §3), defect included. */
final class DossierBuilder {

    private static final String FILES = "https://motcua.hoabinh.gov.vn/files/";
    private static final String[] DOCUMENTS = People.nfc("Bản sao Căn cước công dân", "Giấy ủy quyền",
        "Bản sao Giấy chứng nhận đăng ký doanh nghiệp", "Sơ đồ vị trí thửa đất", "Bản vẽ thiết kế",
        "Giấy khám sức khỏe", "Ảnh chân dung 4x6", "Bản sao văn bằng, chứng chỉ", "Văn bản thỏa thuận");
    /** The national population database, as DSKetNoiCSDL names it. */
    static final String POPULATION_DATABASE = "CSDLQGDC";
    private static final int[] FEES = {20_000, 50_000, 100_000, 200_000, 300_000, 500_000, 1_000_000};

    private final long seed;
    private final long dataSet;
    private final IdentityProvider sso;
    private final ProgressBuilder progress;
    private final boolean sessions;

    /** @param sessions one token per SSO session ({@link Sessions}) instead of one per dossier */
    /** @param until the data set's last day (exclusive): with the count, which dossier an index names */
    DossierBuilder(long seed, int dossierCount, java.time.LocalDate until, IdentityProvider sso, boolean sessions) {
        this.seed = seed;
        this.dataSet = dossierCount * 1_000_000L + until.toEpochDay();
        this.sso = sso;
        this.progress = new ProgressBuilder(seed);
        this.sessions = sessions;
    }

    ObjectNode build(Plan plan) {
        SplittableRandom r = Seeds.random(seed, plan.index(), 2);
        Procedure procedure = plan.procedure();
        Timeline t = plan.times();
        String maHoSo = plan.maHoSo();
        People.Person drawn = People.person(r);
        Sessions.Session session = session(plan);
        People.Person person = session == null ? drawn : session.applicant();
        String method = session == null ? plan.method() : session.method();
        double kind = r.nextDouble();
        int loai = kind < 0.80 ? 1 : kind < 0.95 ? 2 : kind < 0.975 ? 3 : 4;
        String holder = loai == 1 ? person.name() : People.organisation(r, loai);
        boolean paidOnline = procedure.coPhiLePhi() && plan.channel() == 2 && r.nextDouble() < 0.6;
        // about 1 in 20 applicants is exempt from the fee (Gia 0); own random stream, so nothing else shifts
        boolean exempt = Seeds.random(seed, plan.index(), 17).nextDouble() < 0.05;
        paidOnline &= !exempt;

        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("MaHoSo", maHoSo);
        d.put("MaTTHC", procedure.maTTHC());
        d.put("TenTTHC", procedure.tenTTHC());
        d.put("MaLinhVuc", procedure.maLinhVuc());
        d.put("TenLinhVuc", procedure.tenLinhVuc());
        d.put("KenhThucHien", String.valueOf(plan.channel()));   // codes are JSON strings (domain.md §4)
        d.put("ChuHoSo", holder);
        d.put("LoaiDoiTuong", String.valueOf(loai));
        d.put("MaDoiTuong", loai == 1 ? person.idNumber() : loai == 2 ? People.taxCode(r) : "");
        d.put("SoGiayToChuHoSo", person.idNumber());
        d.set("DinhDanhCHS", identities(person));
        d.put("ThongTinKhac", loai == 2 ? "Mã số thuế: " + d.path("MaDoiTuong").asText() : "");
        d.put("Email", r.nextInt(100) < 85 ? People.email(r, person.name()) : null);
        if (loai == 2) {
            d.put("Fax", "0218" + Wire.padded(r.nextInt(10_000_000), 7));
        }
        d.put("SoDienThoai", People.phone(r));
        d.put("TrichYeuHoSo", "Đề nghị " + lowerFirst(procedure.tenTTHC()) + " - " + holder);
        d.put("NgayNopHoSo", Wire.date(t.submitted()));
        d.put("NgayTiepNhan", Wire.date(t.received()));
        d.put("NgayHenTra", Wire.date(t.due()));
        d.put("TrangThaiHoSo", String.valueOf(plan.status()));
        d.put("NgayTra", t.returned() == null ? null : Wire.date(t.returned()));
        boolean byPost = plan.channel() == 3 || r.nextInt(100) < 5;
        if (t.returned() != null) {
            d.put("ThongTinTra", byPost ? "Trả kết quả qua dịch vụ bưu chính công ích" : "Trả kết quả tại Bộ phận Một cửa");
        }
        if (plan.status() == 3) {
            d.put("NgayTuChoi", Wire.date(t.received() == null ? t.submitted() : t.received()));
        }
        d.put("NgayKetThucXuLy", t.finished() == null ? null : Wire.date(t.finished()));
        d.put("DonViXuLy", plan.agency().name());
        d.put("NoiNopHoSo", plan.channel() == 2 ? "Cổng Dịch vụ công quốc gia" : "Bộ phận Một cửa " + plan.agency().name());
        d.put("HinhThuc", byPost ? "1" : "0"); // 1: result sent by post
        d.put("TaiKhoanDuocXacThucVoiVNeID", "VNEID".equals(method) ? "1" : "0");
        d.put("DuocThanhToanTrucTuyen", paidOnline ? (r.nextInt(4) == 0 ? "2" : "1") : "0");
        boolean digitised = plan.channel() == 2 || r.nextInt(10) < 3;
        d.put("HoSoCoThanhPhanSoHoa", digitised ? "1" : "0");
        d.put("GhiChu", plan.late() ? "Trễ hạn do phải xác minh thông tin với cơ quan liên quan"
            : plan.channel() == 3 ? "Hồ sơ tiếp nhận qua dịch vụ bưu chính công ích" : "");
        boolean populationData = plan.channel() == 2 && r.nextInt(3) == 0;   // drawn whatever the method, so the stream stays aligned
        ArrayNode databases = d.putArray("DSKetNoiCSDL");
        if ("VNEID".equals(method) || populationData) {
            databases.addObject().put("MaCSDL", POPULATION_DATABASE);
        }
        d.set("TaiLieuNop", documents(r, procedure, t.submitted(), digitised));
        d.set("DanhSachLePhi", fees(procedure, paidOnline, exempt));
        d.set("DanhSachTepDinhKemKhac", otherPapers(r));
        d.set("DanhSachHoSoBoSung", supplements(plan, t));
        d.set("DanhSachGiayToKetQua", results(r, plan));
        d.put("MaDonVi", plan.agency().code());
        d.put("CapNhatLuc", Wire.iso(t.updated()));
        authentication(d, plan, person, method, session, r);
        d.set("TienDo", progress.build(plan, maHoSo, r));
        Defects.apply(d, plan);
        return d;
    }

    private void authentication(ObjectNode d, Plan plan, People.Person person, String method, Sessions.Session session,
                                SplittableRandom r) {
        if (plan.channel() != 2) {
            if (r.nextInt(10) < 7) { // older counter software leaves XacThuc out altogether
                d.putObject("XacThuc").put("PhuongThuc", "KHONG");
            }
            return;
        }
        ObjectNode x = d.putObject("XacThuc").put("PhuongThuc", method);
        if (plan.eauth() != Plan.Eauth.MISSING) {
            x.put("IdToken", token(plan, person, session));
        }
    }

    /** The session of an online dossier with a token, in the benchmark data set; else null. */
    private Sessions.Session session(Plan plan) {
        return sessions && plan.channel() == 2 && plan.eauth() != Plan.Eauth.MISSING ? Sessions.of(seed, plan) : null;
    }

    /**
     * Signs (or finds signed) the ID token of dossier #plan.index without building the dossier; false
     * when it carries none. The applicant is the first draw of the dossier's stream, as in {@link #build}.
     */
    boolean signToken(Plan plan) {
        if (!carriesToken(plan)) {
            return false;
        }
        Sessions.Session session = session(plan);
        token(plan, session != null ? session.applicant() : People.person(Seeds.random(seed, plan.index(), 2)), session);
        return true;
    }

    static boolean carriesToken(Plan plan) {
        return plan.channel() == 2 && plan.eauth() != Plan.Eauth.MISSING;
    }

    private String token(Plan plan, People.Person person, Sessions.Session session) {
        if (session != null) {
            return sso.sessionToken(session.key(), () -> IdTokenClaims.ofSession(plan.eauth(), session.method(),
                session.applicant(), session.windowStart(), Seeds.random(seed, session.key(), 14)));
        }
        // the claims have their own random stream: a cached token skips them without shifting the rest
        return sso.token(dataSet, plan.index(),
            () -> IdTokenClaims.of(plan, person, Seeds.random(seed, plan.index(), 3)));
    }

    /** The personal ID the applicant is known by: a 12-digit CCCD (LoaiDinhDanh "1"). */
    private static ArrayNode identities(People.Person person) {
        ArrayNode ids = JsonNodeFactory.instance.arrayNode();
        ids.addObject().put("LoaiDinhDanh", "1").put("SoDinhDanh", person.idNumber());
        return ids;
    }

    /** Papers handed in besides the files (originals shown at the counter), now and then. */
    private static ArrayNode otherPapers(SplittableRandom r) {
        ArrayNode papers = JsonNodeFactory.instance.arrayNode();
        if (r.nextInt(5) == 0) {
            papers.addObject().put("TenGiayTo", "Bản chính Giấy tờ tùy thân (đối chiếu)").put("SoLuong", "1")
                .put("LoaiGiayTo", "1");
        }
        return papers;
    }

    /**
     * The requests for supplement: one still open for a dossier now in status 5 (Yêu cầu bổ sung giấy
     * tờ), answered ones for a finished dossier that was asked for more papers on its way; the
     * citizen's time between a request and the answer ({@code NgayBoSung}) lies within the processing.
     */
    private static ArrayNode supplements(Plan plan, Timeline t) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        if (plan.status() == 5 && t.received() != null) {
            list.addObject().put("NgayYeuCauBoSung", Wire.date(t.received().plusSeconds(86_400)))
                .put("NoiDungYeuCauBoSung", "Bổ sung bản sao giấy tờ chứng minh nơi cư trú").put("NgayBoSung", "");
        } else if (plan.supplements() > 0 && t.finished() != null) {
            long work = java.time.Duration.between(t.received(), t.finished()).toSeconds();
            int k = plan.supplements();
            for (int j = 0; j < k; j++) {
                Instant asked = t.received().plusSeconds(work * (2L * j + 1) / (2L * k + 2));
                list.addObject().put("NgayYeuCauBoSung", Wire.date(asked))
                    .put("NoiDungYeuCauBoSung", j == 0 ? "Bổ sung bản sao giấy tờ chứng minh nơi cư trú"
                        : "Bổ sung văn bản ủy quyền có chứng thực")
                    .put("NgayBoSung", Wire.date(asked.plusSeconds(work / (2L * k + 2))));
            }
        }
        return list;
    }

    private static ArrayNode documents(SplittableRandom r, Procedure procedure, Instant submitted, boolean digitised) {
        ArrayNode files = JsonNodeFactory.instance.arrayNode();
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            String id = new UUID(r.nextLong(), r.nextLong()).toString();
            String name = i == 0 ? "Tờ khai " + lowerFirst(procedure.tenTTHC()) : People.pick(r, DOCUMENTS);
            boolean fromStore = i > 0 && r.nextInt(10) == 0;
            files.addObject()
                .put("TepDinhKemId", id)
                .put("TenTepDinhKem", name + ".pdf")
                .put("IsDeleted", "0")
                .put("MaThanhPhanHoSo", "TP" + (i + 1))
                .put("DuongDanTaiTepTin", FILES + Wire.date(submitted).substring(0, 6) + "/" + id + ".pdf")
                .put("DuocSoHoa", digitised ? "1" : "0")
                .put("DuocTaiSuDung", fromStore ? "1" : "0")
                .put("DuocLayTuKhoDMQG", fromStore ? "1" : "0")
                .put("MaKetQuaThayThe", "");
        }
        return files;
    }

    /** The fee of a fee-bearing procedure; an exempt applicant's is 0 (poor households, veterans). */
    private static ArrayNode fees(Procedure procedure, boolean paidOnline, boolean exempt) {
        ArrayNode fees = JsonNodeFactory.instance.arrayNode();
        if (procedure.coPhiLePhi()) {
            long h = Seeds.hash(12, procedure.maTTHC());
            int loai = (int) ((h >>> 8) & 1) + 1; // 1 phí, 2 lệ phí
            fees.addObject()
                .put("TenPhiLePhi", loai == 1 ? "Phí thẩm định hồ sơ" : "Lệ phí cấp giấy")
                .put("MaPhiLePhi", (loai == 1 ? "PHI-" : "LP-") + procedure.maTTHC().substring(0, 8))
                .put("HinhThucThu", paidOnline ? "2" : "1")
                .put("Gia", exempt ? 0 : FEES[(int) Long.remainderUnsigned(h, FEES.length)])
                .put("LoaiPhiLePhi", String.valueOf(loai));
        }
        return fees;
    }

    /**
     * The result documents of a finished dossier. A paper result (a licence, a certificate) is not
     * always scanned: about 1 in 5 carries no electronic copy, 1 in 10 a file without its
     * MaGiayToKetQua (own random stream, so the other fields do not shift).
     */
    private ArrayNode results(SplittableRandom r, Plan plan) {
        ArrayNode results = JsonNodeFactory.instance.arrayNode();
        double scan = Seeds.random(seed, plan.index(), 16).nextDouble();
        boolean paperOnly = plan.procedure().ketQuaGiay() && scan < 0.2;
        boolean withoutCode = plan.procedure().ketQuaGiay() && scan >= 0.2 && scan < 0.3;
        if (plan.finished() && !paperOnly) {
            String name = plan.procedure().tenTTHC();
            String id = new UUID(r.nextLong(), r.nextLong()).toString();
            results.addObject()
                .put("TenGiayTo", name.startsWith("Cấp ") ? upperFirst(name.substring(4))
                    : "Quyết định về việc " + lowerFirst(name))
                .put("MaThanhPhanHoSo", "KQ." + plan.procedure().maTTHC().substring(0, 8))
                .put("GiayToId", id)
                .put("DuongDanTepTinKetQua", FILES + "ketqua/" + id + ".pdf")
                .put("MaGiayToKetQua", withoutCode ? "" : "KQ-" + plan.maHoSo());
        }
        return results;
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
