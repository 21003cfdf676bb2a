package vn.dvc.adapter.simulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The province's published procedures, generated from base names by field. Independent of the
 * dossier seed so codes are the same in every demo; what DVCQG lists depends on the seed.
 */
final class ProcedureCatalog {

    /** Real catalogues hold many near-identical cases of one procedure; these make the names differ. */
    private static final String[] CASES = {"", " - trường hợp cấp lại", " - trường hợp điều chỉnh, bổ sung",
        " - đối với tổ chức", " - đối với cá nhân", " - trường hợp bị mất, hỏng", " - gia hạn",
        " - trường hợp thay đổi thông tin", " - thực hiện liên thông", " - cấp đổi",
        " - đối với doanh nghiệp có vốn đầu tư nước ngoài", " - thu hồi", " - trường hợp đặc biệt",
        " - cấp mới"};
    private static final int[] WORKING_DAYS = {1, 2, 3, 3, 5, 5, 7, 10, 12};
    private static final String PINNED = "2.000477"; // criminal record extract, the brief's example code

    private final Map<String, List<Procedure>> byAgency = new LinkedHashMap<>();
    private final Map<String, Procedure> byCode = new java.util.HashMap<>();
    private final List<Procedure> all;

    /**
     * @param merged the agencies since the merger: each publishes its predecessors' procedures under
     *               its own code suffix (the same national base code, level and attributes)
     */
    ProcedureCatalog(List<Agency> agencies, List<Agency> merged) {
        List<String> districtCodes = baseCodes(new Random(69), 80);
        List<Procedure> everything = new ArrayList<>();
        for (int p = 0; p < agencies.size(); p++) {
            Agency agency = agencies.get(p);
            boolean district = agency.tier() == Tier.DISTRICT;
            List<ProcedureField> fields = district ? DistrictFields.ALL : DepartmentFields.ALL.get(p);
            int online = Agencies.onlineProcedures(p);
            int total = online + Agencies.levelTwoProcedures(p);
            List<String> codes = district ? districtCodes : baseCodes(new Random(1000L + p), total);
            List<Procedure> own = build(agency, fields, online, total, codes);
            byAgency.put(agency.code(), List.copyOf(own));
            everything.addAll(own);
        }
        for (int q = 0; q < merged.size(); q++) {
            Agency m = merged.get(q);
            Map<String, Procedure> own = new LinkedHashMap<>();
            for (int p = 0; p < agencies.size(); p++) {
                if (Agencies.successor(p) != q) {
                    continue;
                }
                for (Procedure old : byAgency.get(agencies.get(p).code())) {
                    String code = old.baseCode() + "." + m.code();
                    own.putIfAbsent(code, new Procedure(code, old.tenTTHC(), m.code(), old.mucDo(), old.coPhiLePhi(),
                        old.maLinhVuc(), old.tenLinhVuc(), old.ketQuaGiay(), old.duDieuKienToanTrinh()));
                }
            }
            byAgency.put(m.code(), List.copyOf(own.values()));
            everything.addAll(own.values());
        }
        everything.forEach(p -> byCode.put(p.maTTHC(), p));
        all = List.copyOf(everything);
    }

    /**
     * The successor agency's instance of a procedure: the same base code under its suffix (when two
     * predecessors shared a base code, the first one's).
     */
    Procedure successor(Procedure old, Agency successor) {
        Procedure p = byCode.get(old.baseCode() + "." + successor.code());
        if (p == null) {
            throw new IllegalStateException(successor.code() + " does not publish " + old.baseCode());
        }
        return p;
    }

    private static List<Procedure> build(Agency agency, List<ProcedureField> fields, int online, int total,
                                         List<String> codes) {
        List<ProcedureField> flat = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        for (ProcedureField f : fields) {
            for (String name : f.procedures()) {
                flat.add(f);
                bases.add(name);
            }
        }
        List<Procedure> own = new ArrayList<>(total);
        for (int k = 0; k < total; k++) {
            ProcedureField field = flat.get(k % bases.size());
            int variant = k / bases.size();
            String name = bases.get(k % bases.size())
                + (variant < CASES.length ? CASES[variant] : " - trường hợp " + variant);
            String code = codes.get(k) + "." + agency.code();
            long h = Seeds.hash(7, code);
            int level = k >= online ? 2 : Seeds.unit(h) < 0.45 ? 4 : 3;
            boolean fee = Seeds.unit(Seeds.mix(h)) < 0.6;
            // licences and certificates are paper documents; end to end is for the simpler procedures
            boolean paper = Seeds.unit(Seeds.mix(Seeds.mix(h))) < 0.7;
            double e = Seeds.unit(Seeds.mix(Seeds.mix(Seeds.mix(h))));
            boolean eligible = level == 4 || (level == 3 ? e < 0.35 : e < 0.1);
            own.add(new Procedure(code, name, agency.code(), level, fee, field.code(), field.name(), paper, eligible));
        }
        return own;
    }

    private static List<String> baseCodes(Random random, int count) {
        Set<String> seen = new HashSet<>();
        List<String> codes = new ArrayList<>(count);
        codes.add(PINNED);
        seen.add(PINNED);
        while (codes.size() < count) {
            String code = (random.nextInt(3) == 0 ? "1." : "2.") + String.format("%06d", random.nextInt(12_000));
            if (seen.add(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    List<Procedure> all() {
        return all;
    }

    List<Procedure> of(String maDonVi) {
        return byAgency.getOrDefault(maDonVi, List.of());
    }

    /**
     * Statutory processing time, for NgayHenTra: a fixed property of the procedure, the same for its
     * instances at every agency (so a dossier's due date does not depend on the merger).
     */
    static int workingDays(Procedure p) {
        return WORKING_DAYS[(int) Long.remainderUnsigned(Seeds.hash(11, p.baseCode()), WORKING_DAYS.length)];
    }

    /** Whether DVCQG lists this procedure of the province (the rule of {@link #national}). */
    static boolean listed(long seed, Procedure p) {
        return !(p.online() && Seeds.unit(Seeds.hash(seed, p.maTTHC())) < 0.02);
    }

    /**
     * What DVCQG lists for an agency: ~2% of level-3/4 procedures unknown to it, ~4% listed but not
     * integrated, level 2 listed as not integrated (nothing to integrate).
     */
    List<CatalogueEntry> national(long seed, String maDonVi) {
        List<CatalogueEntry> entries = new ArrayList<>();
        for (Procedure p : of(maDonVi)) {
            double r = Seeds.unit(Seeds.hash(seed, p.maTTHC()));
            if (!listed(seed, p)) {
                continue;
            }
            boolean integrated = p.online() && r >= 0.06;
            entries.add(new CatalogueEntry(p.maTTHC(), p.tenTTHC(), p.mucDo(), integrated, p.ketQuaGiay(),
                p.duDieuKienToanTrinh()));
        }
        return List.copyOf(entries);
    }
}
