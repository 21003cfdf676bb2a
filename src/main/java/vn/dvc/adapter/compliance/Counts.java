package vn.dvc.adapter.compliance;

/**
 * The raw counts behind every indicator of one agency or of the province; the shares are derived
 * from them so a reader of the JSON can check each one.
 *
 * @param received      dossiers received in the period (status other than 1 and 3)
 * @param online        of which online ({@code KenhThucHien} 2) for a level 3/4 procedure
 * @param onlineChannel of which online, any level: the e-authentication denominator
 * @param eauthPassed   of the online ones, those that passed e-authentication
 * @param atPortal      of the received, those DVCQG accepted a version of
 * @param finished      of the received, those with status 9 or 10
 * @param onTime        of the finished, those finished no later than {@code NgayHenTra}
 * @param held          of the received, those held because DVCQG does not know their procedure
 * @param procedures    procedures the agency publishes (any level)
 * @param level34       of which level 3 or 4
 * @param integrated    of the level 3/4 ones, those DVCQG lists as integrated for the agency
 */
public record Counts(long received, long online, long onlineChannel, long eauthPassed, long atPortal, long finished,
                     long onTime, long held, long procedures, long level34, long integrated) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    static Counts dossiers(long received, long online, long onlineChannel, long eauthPassed, long atPortal,
                           long finished, long onTime, long held) {
        return new Counts(received, online, onlineChannel, eauthPassed, atPortal, finished, onTime, held, 0, 0, 0);
    }

    static Counts procedures(long procedures, long level34, long integrated) {
        return new Counts(0, 0, 0, 0, 0, 0, 0, 0, procedures, level34, integrated);
    }

    Counts plus(Counts o) {
        return new Counts(received + o.received, online + o.online, onlineChannel + o.onlineChannel,
                eauthPassed + o.eauthPassed, atPortal + o.atPortal, finished + o.finished, onTime + o.onTime,
                held + o.held, procedures + o.procedures, level34 + o.level34, integrated + o.integrated);
    }

    public Double onlineShare() {
        return ratio(online, received);
    }

    public Double integrationCoverage() {
        return ratio(integrated, level34);
    }

    public Double eauthRate() {
        return ratio(eauthPassed, onlineChannel);
    }

    public Double onlineEligibleShare() {
        return ratio(level34, procedures);
    }

    public Double syncRatio() {
        return ratio(atPortal, received);
    }

    public Double onTimeRate() {
        return ratio(onTime, finished);
    }

    /** Null when there is nothing to divide by: "no data" is not 0%. */
    static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
