package vn.dvc.adapter.compliance;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The raw counts behind the national indicators (domain.md §8) of one agency code or of the province,
 * keyed by {@link Count}, added up like {@link Counts} when agencies merge. Dossier counts are over
 * dossiers received in the period (status other than 1 and 3); the procedure counts over the catalogue.
 * A count not given is 0.
 */
public record NationalCounts(Map<NationalCounts.Count, Long> values) {

    /** What is counted, in the order the ledger reads them ({@code NationalLedger}). */
    public enum Count {
        /** dossiers received in the period */
        RECEIVED,
        /** of which the ledger has the national facts of (rows written before V7 have none) */
        WITH_FACTS,
        /** of the received, those DVCQG holds a version of (1.4) */
        SYNCED,
        /** received online ({@code KenhThucHien} 2) with, for a paper-result procedure, an electronic result (3.3's numerator) */
        ONLINE_SCORED,
        /** received in person ({@code KenhThucHien} 1 or none) */
        IN_PERSON,
        /** received by post ({@code KenhThucHien} 3) */
        POSTAL,
        /** received dossiers whose procedure's {@code KetQuaGiay} DVCQG states */
        PAPER_KNOWN,
        /** of which the result is a paper document */
        PAPER,
        /** of those, dossiers that carry a result file link (4.1) */
        PAPER_WITH_FILE,
        /** files in {@code TaiLieuNop} and, for a paper result, an electronic result (4.2) */
        DIGITISED,
        /** digitised data reused (4.3) */
        REUSED,
        /** a file from the citizen's DVCQG store (4.4) */
        FROM_STORE,
        /** population data used: VNeID, the DVCQG store or the population database (4.5) */
        POPULATION,
        /** received dossiers whose procedure's {@code CoPhiLePhi} the province states */
        FEE_KNOWN,
        /** of a fee-bearing procedure and not every fee 0 (3.6's denominator) */
        FEE_BEARING,
        /** of those, paid online ({@code DuocThanhToanTrucTuyen} 1 or 2) */
        PAID_ONLINE,
        /** received or still in processing in the period (2.1's denominator) */
        DUE,
        /** of which ended, or still running, within {@code NgayHenTra} plus the supplement time */
        ON_TIME,
        /** procedures the agency publishes */
        PROCEDURES,
        /** of which online, một phần or toàn trình */
        LEVEL34,
        /** of which toàn trình (level 4) */
        TOAN_TRINH,
        /** procedures whose {@code DuDieuKienToanTrinh} DVCQG states */
        ELIGIBLE_KNOWN,
        /** of which eligible for toàn trình */
        ELIGIBLE,
        /** of the eligible, those offered toàn trình */
        ELIGIBLE_TOAN_TRINH
    }

    public static final NationalCounts ZERO = new NationalCounts(Map.of());

    public NationalCounts {
        EnumMap<Count, Long> all = new EnumMap<>(Count.class);
        for (Count c : Count.values()) {
            all.put(c, values.getOrDefault(c, 0L));
        }
        values = Collections.unmodifiableMap(all);
    }

    public long get(Count count) {
        return values.get(count);
    }

    NationalCounts plus(NationalCounts o) {
        EnumMap<Count, Long> sum = new EnumMap<>(values);
        o.values.forEach((count, n) -> sum.merge(count, n, Long::sum));
        return new NationalCounts(sum);
    }
}
