package vn.dvc.adapter.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.dvc.adapter.ledger.Transfers;

/**
 * The procedure catalogue: what the province publishes (per agency, with its service level) and
 * what DVCQG lists per agency. Kept in the database, read into memory once per refresh so the
 * check of each dossier is a map lookup.
 */
@Repository
public class Catalogue {

    /** A procedure as the province publishes it. */
    public record Local(String maDonVi, String maTTHC, String tenTTHC, int mucDo, Boolean coPhi) {}

    /**
     * A procedure as DVCQG lists it for an agency.
     *
     * @param ketQuaGiay          its result is a paper document (null: DVCQG did not say)
     * @param duDieuKienToanTrinh it is eligible for end-to-end online service (null: not said)
     */
    public record National(String maDonVi, String maTTHC, String tenTTHC, Integer mucDo, boolean tichHop,
                           Boolean ketQuaGiay, Boolean duDieuKienToanTrinh) {

        public National(String maDonVi, String maTTHC, String tenTTHC, Integer mucDo, boolean tichHop) {
            this(maDonVi, maTTHC, tenTTHC, mucDo, tichHop, null, null);
        }
    }

    /** An immutable view for lookups; empty until the first refresh. */
    public record View(Map<String, Local> local, Map<String, National> national, boolean loaded) {

        static String key(String maDonVi, String maTTHC) {
            return maDonVi + "|" + maTTHC;
        }

        public Local local(String maDonVi, String maTTHC) {
            return local.get(key(maDonVi, maTTHC));
        }

        public National national(String maDonVi, String maTTHC) {
            return national.get(key(maDonVi, maTTHC));
        }
    }

    private final JdbcTemplate jdbc;
    private volatile View view;

    private final Transfers transfers;

    public Catalogue(JdbcTemplate jdbc, Transfers transfers) {
        this.transfers = transfers;
        this.jdbc = jdbc;
    }

    public View view() {
        View v = view;
        if (v == null) {
            v = load();
            view = v;
        }
        return v;
    }

    /** Replaces the whole catalogue in the caller's transaction. */
    public void replace(List<Local> local, List<National> national) {
        var now = Transfers.now();
        jdbc.update("delete from procedure_local");
        jdbc.update("delete from procedure_national");
        jdbc.batchUpdate("insert into procedure_local (ma_don_vi, ma_tthc, ten_tthc, muc_do, co_phi, refreshed_at) values (?,?,?,?,?,?)",
                local.stream().map(p -> new Object[] {p.maDonVi(), p.maTTHC(), p.tenTTHC(), p.mucDo(), p.coPhi(), now}).toList());
        jdbc.batchUpdate("insert into procedure_national (ma_don_vi, ma_tthc, ten_tthc, muc_do, tich_hop, ket_qua_giay,"
                        + " du_dieu_kien_toan_trinh, refreshed_at) values (?,?,?,?,?,?,?,?)",
                national.stream().map(p -> new Object[] {p.maDonVi(), p.maTTHC(), p.tenTTHC(), p.mucDo(), p.tichHop(),
                        p.ketQuaGiay(), p.duDieuKienToanTrinh(), now}).toList());
    }

    /** Reads the view again, e.g. after a refresh committed; forgotten first, so a read that fails leaves it to the next lookup. */
    public void reload() {
        forget();
        view = load();
    }

    /** Forgets the in-memory view: the next lookup reads the ledger's. */
    public void forget() {
        view = null;
    }

    private View load() {
        Map<String, Local> local = new HashMap<>();
        jdbc.query("select ma_don_vi, ma_tthc, ten_tthc, muc_do, co_phi from procedure_local", rs -> {
            Local p = new Local(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), (Boolean) rs.getObject(5));
            local.put(View.key(p.maDonVi(), p.maTTHC()), p);
        });
        Map<String, National> national = new HashMap<>();
        jdbc.query("select ma_don_vi, ma_tthc, ten_tthc, muc_do, tich_hop, ket_qua_giay, du_dieu_kien_toan_trinh"
                + " from procedure_national", rs -> {
            National p = new National(rs.getString(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4),
                    rs.getBoolean(5), (Boolean) rs.getObject(6), (Boolean) rs.getObject(7));
            national.put(View.key(p.maDonVi(), p.maTTHC()), p);
        });
        Integer refreshes = jdbc.queryForObject("select count(*) from catalogue_refresh", Integer.class);
        return new View(Map.copyOf(local), Map.copyOf(national), refreshes != null && refreshes > 0);
    }

    /** When the catalogue was last refreshed, or null. */
    public java.time.Instant lastRefresh() {
        List<java.time.OffsetDateTime> at = jdbc.query("select max(refreshed_at) from catalogue_refresh",
                (rs, i) -> rs.getObject(1, java.time.OffsetDateTime.class));
        return at.isEmpty() || at.get(0) == null ? null : at.get(0).toInstant();
    }

    /** Records a refresh and returns to PENDING every HELD dossier whose procedure DVCQG now lists. */
    public int recordRefresh(int agencies, int localCount, int nationalCount) {
        int released = transfers.releaseListed(IntegrationCheck.PROCEDURE_UNKNOWN);
        jdbc.update("insert into catalogue_refresh (refreshed_at, agencies, local_count, national_count, released)"
                + " values (?,?,?,?,?)", Transfers.now(), agencies, localCount, nationalCount, released);
        return released;
    }
}
