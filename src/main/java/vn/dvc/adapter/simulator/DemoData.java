package vn.dvc.adapter.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWKSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The Hòa Bình demo: agencies, procedures, what DVCQG lists, and any number of dossiers, all derived
 * from (seed, dossierCount). Dossiers are generated on demand from their index and never held, so a
 * million of them cost no memory; the same seed and count always give the same data.
 *
 * <p>The benchmark data set ({@link #benchmark}) is the same data except for who applies online: an
 * online applicant's ID token serves every dossier they submit within its validity ({@link Sessions}),
 * so a million dossiers need ~50,000 RSA signatures instead of ~450,000 (~1.4 ms each). Every online
 * dossier still carries a real RS256 token that passes or fails domain.md §5 for the announced reason;
 * only a cache of verdicts keyed by token would see more hits than in real data.
 */
public final class DemoData {

    public static final String PROVINCE_CODE = "000.00.00.H25";
    /** The month of the province's decision. */
    public static final long HOA_BINH_SEED = 2021_03L;

    private final long seed;
    private final int dossierCount;
    private final List<Agency> agencies;
    private final List<Agency> merged;
    private final LocalDate until;
    private final ProcedureCatalog catalog;
    private final Planner planner;
    private final IdentityProvider sso;
    private final DossierBuilder builder;
    private final boolean sessionTokens;
    private volatile boolean presigned;

    public DemoData(long seed, int dossierCount) {
        this(seed, dossierCount, false);
    }

    /** @param sessionTokens one ID token per SSO session instead of one per online dossier (benchmarks) */
    public DemoData(long seed, int dossierCount, boolean sessionTokens) {
        this(seed, dossierCount, sessionTokens, today());
    }

    /**
     * @param until the day the data ends (exclusive): dossiers are spread from 2025-01-01 to its start,
     *              so the same seed, count and day always give the same data
     */
    public DemoData(long seed, int dossierCount, boolean sessionTokens, LocalDate until) {
        Instant end = until.atStartOfDay(Wire.ZONE).toInstant();
        if (dossierCount < 0 || dossierCount > Planner.spanSeconds(end)) {
            // one second apart at least, or CapNhatLuc would not be strictly increasing
            throw new IllegalArgumentException("dossierCount must be 0.." + Planner.spanSeconds(end) + ": " + dossierCount);
        }
        this.seed = seed;
        this.dossierCount = dossierCount;
        this.until = until;
        this.agencies = Agencies.all();
        this.merged = Agencies.merged();
        this.catalog = new ProcedureCatalog(agencies, merged);
        this.planner = new Planner(seed, Math.max(1, dossierCount), end, agencies, merged, catalog);
        this.sso = IdentityProvider.forSeed(seed);
        this.builder = new DossierBuilder(seed, dossierCount, until, sso, sessionTokens);
        this.sessionTokens = sessionTokens;
    }

    public static DemoData hoaBinh(int dossierCount) {
        return new DemoData(HOA_BINH_SEED, dossierCount);
    }

    /**
     * The Hòa Bình data with session tokens: cheap to serve a million of (see the class comment). It
     * keeps the one year (2025) the benchmark figures were measured on, whatever the day: the density
     * of dossiers decides how many share an SSO session, and so what a run costs.
     */
    public static DemoData benchmark(int dossierCount) {
        return new DemoData(HOA_BINH_SEED, dossierCount, true, LocalDate.of(2026, 1, 1));
    }

    public boolean sessionTokens() {
        return sessionTokens;
    }

    /**
     * Signs every ID token of the data set ahead of use on {@code threads} threads, so serving pages
     * costs no signing; returns how many signatures it made. Per-dossier tokens are cached up to
     * 50,000: beyond, only the first ones are signed ahead (use {@link #benchmark} for big sets).
     */
    public long presign(int threads) {
        long before = sso.signatures();
        presigned = Presigner.sign(this, builder, threads);
        return sso.signatures() - before;
    }

    /** Every token is signed and cached: reading ahead has nothing left to do. */
    boolean presigned() {
        return presigned;
    }

    /** Signs dossier #index's ID token, if it has one, without building the dossier (read-ahead). */
    void signAhead(int index) {
        builder.signToken(plan(index));
    }

    /** RS256 signatures the simulated SSO has made (shared by the data sets of one seed). */
    public long signatures() {
        return sso.signatures();
    }

    public long seed() {
        return seed;
    }

    /** 17 departments, then 10 districts: Hòa Bình's tree, whose codes dossiers received before 2025-07-01 carry. */
    public List<Agency> agencies() {
        return agencies;
    }

    /** Phú Thọ's tree since 2025-07-01 (domain.md §7): 12 departments, then 10 communes. */
    public List<Agency> mergedAgencies() {
        return merged;
    }

    /** Both trees: every agency a dossier of this data set may carry. */
    public List<Agency> allAgencies() {
        List<Agency> all = new java.util.ArrayList<>(agencies);
        all.addAll(merged);
        return all;
    }

    /** The first day of the merged tree. */
    public static LocalDate mergerDay() {
        return Agencies.MERGER;
    }

    /** The code of the merged agency that succeeded a Hòa Bình one (itself for a merged agency). */
    public String successor(String maDonVi) {
        for (int p = 0; p < agencies.size(); p++) {
            if (agencies.get(p).code().equals(maDonVi)) {
                return merged.get(Agencies.successor(p)).code();
            }
        }
        return maDonVi;
    }

    /** The day the data ends (exclusive). */
    public LocalDate until() {
        return until;
    }

    /** Today in the province: where the demo's data ends by default. */
    public static LocalDate today() {
        return LocalDate.now(Wire.ZONE);
    }

    /** Every procedure the province publishes, levels 2, 3 and 4, of both trees. */
    public List<Procedure> procedures() {
        return catalog.all();
    }

    public List<Procedure> procedures(String maDonVi) {
        return catalog.of(maDonVi);
    }

    /** What DVCQG lists for that agency (empty for an unknown one). */
    public List<CatalogueEntry> nationalCatalogue(String maDonVi) {
        return catalog.national(seed, maDonVi);
    }

    public int dossierCount() {
        return dossierCount;
    }

    /** A fresh, mutable copy of the source JSON of dossier #index (0-based). */
    public ObjectNode dossier(int index) {
        return builder.build(plan(index));
    }

    public String maHoSo(int index) {
        return plan(index).maHoSo();
    }

    /** Its CapNhatLuc: strictly increasing with index. */
    public Instant updatedAt(int index) {
        checkIndex(index);
        return planner.updatedAt(index);
    }

    /** The index a MaHoSo of this data set names, or -1. */
    public int indexOf(String maHoSo) {
        int dash = maHoSo == null ? -1 : maHoSo.lastIndexOf('-');
        if (dash < 0) {
            return -1;
        }
        try {
            int index = Integer.parseInt(maHoSo.substring(dash + 1)) - 1;
            return index >= 0 && index < dossierCount && maHoSo(index).equals(maHoSo) ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Null when the record is good. */
    public Defect defect(int index) {
        return plan(index).defect();
    }

    /**
     * Whether a correct adapter sends dossier #index to DVCQG after a catalogue refresh: a good record
     * (or one merely in another Unicode normalisation) whose procedure DVCQG lists for its agency.
     * Quarantined and held dossiers are the rest.
     */
    public boolean reachesPortal(int index) {
        Plan plan = plan(index);
        if (refused(index)) {
            return false;
        }
        return ProcedureCatalog.listed(seed, plan.procedure());
    }

    /**
     * Whether the defect of dossier #index refuses the whole dossier. Text in another Unicode
     * normalisation is normalised and sent; an over-long officer's name in one progress entry
     * (OVERSIZED_TEXT on TienDo.NguoiXuLy) concerns that entry only: the dossier is sent.
     */
    public boolean refused(int index) {
        Plan plan = plan(index);
        return plan.defect() != null && plan.defect() != Defect.NOT_NFC && !progressDefect(plan);
    }

    /** The defect of dossier #index is in one progress entry (its dossier is sent all the same). */
    public boolean progressDefect(int index) {
        return progressDefect(plan(index));
    }

    private static boolean progressDefect(Plan plan) {
        return plan.defect() != null && Defects.field(plan.defect(), plan.defectVariant()).startsWith("TienDo.");
    }

    /** The fields a defect of this kind may touch, comma-separated (see {@link #defectField(int)}). */
    public String field(Defect d) {
        return Defects.fields(Objects.requireNonNull(d));
    }

    /** The field the defect of dossier #index touches, or null for a good record. */
    public String defectField(int index) {
        Plan plan = plan(index);
        return plan.defect() == null ? null : Defects.field(plan.defect(), plan.defectVariant());
    }

    /**
     * Null when dossier #index is not online or its token passes domain.md §5; else why it fails:
     * "expired", "acr", "subject", "audience" or "missing".
     */
    public String expectedEauthFailure(int index) {
        Plan.Eauth eauth = plan(index).eauth();
        return eauth == null ? null : eauth.reason;
    }

    /** Public JWKS of the simulated SSO: one RS256 key, kid "sso-2025". */
    public JWKSet identityProviderKeys() {
        return sso.publicKeys();
    }

    public String ssoIssuer() {
        return IdTokenClaims.ISSUER;
    }

    public String ssoAudience() {
        return IdTokenClaims.AUDIENCE;
    }

    Plan plan(int index) {
        checkIndex(index);
        return planner.plan(index);
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= dossierCount) {
            throw new IndexOutOfBoundsException("dossier " + index + " of " + dossierCount);
        }
    }
}
