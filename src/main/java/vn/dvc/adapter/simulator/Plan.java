package vn.dvc.adapter.simulator;

/**
 * The decisions about one dossier that are cheap to make and drive everything else, so that
 * {@link DemoData#defect}, {@link DemoData#maHoSo} and the e-authentication answer need no JSON.
 *
 * @param channel KenhThucHien: 1 in person, 2 online, 3 postal
 * @param eauth   null unless online
 * @param method  XacThuc.PhuongThuc for online dossiers
 * @param agencyPosition the Hòa Bình agency it was drawn for (its successor's after the merger: {@code agency})
 * @param supplements requests for supplement (status 5) in its history
 */
record Plan(int index, int agencyPosition, Agency agency, Procedure procedure, int channel, int status,
            boolean late, Timeline times, Defect defect, int defectVariant, Eauth eauth, String method,
            int supplements) {

    boolean finished() {
        return status == 9 || status == 10;
    }

    String maHoSo() {
        return agency.code() + "-" + Wire.day(times.submitted()) + "-" + Wire.padded(index + 1, 7);
    }

    /** How an online dossier's ID token relates to the rules of domain.md §5. */
    enum Eauth {
        VALID(null), EXPIRED("expired"), ACR("acr"), SUBJECT("subject"), AUDIENCE("audience"),
        MISSING("missing");

        final String reason;

        Eauth(String reason) {
            this.reason = reason;
        }
    }
}
