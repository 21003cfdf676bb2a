package vn.dvc.adapter.compliance;

/**
 * The raw counts behind the national indicators (domain.md §8) of one agency code or of the province,
 * added up like {@link Counts} when agencies merge. Dossier counts are over dossiers received in the
 * period (status other than 1 and 3); the procedure counts over the catalogue.
 *
 * @param received      dossiers received in the period
 * @param withFacts     of which the ledger has the national facts of (rows written before V7 have none)
 * @param synced        of the received, those DVCQG holds a version of (1.4)
 * @param onlineScored  received online ({@code KenhThucHien} 2) with, for a paper-result procedure, an
 *                      electronic result (3.3's numerator)
 * @param inPerson      received in person ({@code KenhThucHien} 1 or none)
 * @param postal        received by post ({@code KenhThucHien} 3)
 * @param paperKnown    received dossiers whose procedure's {@code KetQuaGiay} DVCQG states
 * @param paper         of which the result is a paper document
 * @param paperWithFile of those, dossiers that carry a result file link (4.1)
 * @param digitised     files in {@code TaiLieuNop} and, for a paper result, an electronic result (4.2)
 * @param reused        digitised data reused (4.3)
 * @param fromStore     a file from the citizen's DVCQG store (4.4)
 * @param population    population data used: VNeID, the DVCQG store or the population database (4.5)
 * @param feeKnown      received dossiers whose procedure's {@code CoPhiLePhi} the province states
 * @param feeBearing    of a fee-bearing procedure and not every fee 0 (3.6's denominator)
 * @param paidOnline    of those, paid online ({@code DuocThanhToanTrucTuyen} 1 or 2)
 * @param due           received or still in processing in the period (2.1's denominator)
 * @param onTime        of which ended, or still running, within {@code NgayHenTra} plus the supplement time
 * @param procedures    procedures the agency publishes
 * @param level34       of which online, một phần or toàn trình
 * @param toanTrinh     of which toàn trình (level 4)
 * @param eligibleKnown procedures whose {@code DuDieuKienToanTrinh} DVCQG states
 * @param eligible      of which eligible for toàn trình
 * @param eligibleToanTrinh of the eligible, those offered toàn trình
 */
public record NationalCounts(long received, long withFacts, long synced, long onlineScored, long inPerson, long postal,
                             long paperKnown, long paper, long paperWithFile, long digitised, long reused, long fromStore,
                             long population, long feeKnown, long feeBearing, long paidOnline, long due, long onTime,
                             long procedures, long level34, long toanTrinh, long eligibleKnown, long eligible,
                             long eligibleToanTrinh) {

    public static final NationalCounts ZERO = new NationalCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0);

    static NationalCounts dossiers(long[] v) {
        return new NationalCounts(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
                v[14], v[15], 0, 0, 0, 0, 0, 0, 0, 0);
    }

    static NationalCounts timeliness(long due, long onTime) {
        return new NationalCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, due, onTime, 0, 0, 0, 0, 0, 0);
    }

    static NationalCounts procedures(long procedures, long level34, long toanTrinh, long eligibleKnown, long eligible,
                                     long eligibleToanTrinh) {
        return new NationalCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, procedures, level34, toanTrinh,
                eligibleKnown, eligible, eligibleToanTrinh);
    }

    /** Only the procedure counts: what an agency's catalogue adds to its figures. */
    NationalCounts proceduresOnly() {
        return procedures(procedures, level34, toanTrinh, eligibleKnown, eligible, eligibleToanTrinh);
    }

    NationalCounts plus(NationalCounts o) {
        return new NationalCounts(received + o.received, withFacts + o.withFacts, synced + o.synced,
                onlineScored + o.onlineScored, inPerson + o.inPerson, postal + o.postal, paperKnown + o.paperKnown,
                paper + o.paper, paperWithFile + o.paperWithFile, digitised + o.digitised, reused + o.reused,
                fromStore + o.fromStore, population + o.population, feeKnown + o.feeKnown, feeBearing + o.feeBearing,
                paidOnline + o.paidOnline, due + o.due, onTime + o.onTime, procedures + o.procedures,
                level34 + o.level34, toanTrinh + o.toanTrinh, eligibleKnown + o.eligibleKnown, eligible + o.eligible,
                eligibleToanTrinh + o.eligibleToanTrinh);
    }
}
