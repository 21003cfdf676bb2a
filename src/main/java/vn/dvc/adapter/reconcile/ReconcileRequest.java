package vn.dvc.adapter.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which dossiers to read back from the portal: those the ledger says it accepted, changed at the
 * source since a day, of one agency, named, or a random sample of all of them; and whether to send
 * the drift found again ({@code repair}).
 *
 * @param seed the sample's random seed (null: a new one each time), so a sample can be drawn again
 */
public record ReconcileRequest(LocalDate since, String agency, List<String> ids, Integer sample, Long seed,
                               boolean repair, String actor) {

    /** The most dossiers one request may name or sample. */
    public static final int MAX = 100_000;

    public ReconcileRequest {
        ids = ids == null ? List.of() : List.copyOf(ids);
        actor = actor == null || actor.isBlank() ? "?" : actor;
    }

    /** Every problem with the request at once, in Vietnamese and English; empty when it can run. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (since == null && agency == null && ids.isEmpty() && sample == null) {
            out.add("chọn phạm vi đối soát: --since NGÀY, --agency MÃ, --ids MÃ… hoặc --sample N / choose what to reconcile: --since DATE, --agency CODE, --ids CODE… or --sample N");
        }
        if (sample != null && (sample < 1 || sample > MAX)) {
            out.add("--sample phải từ 1 đến " + MAX + ", đang là " + sample + " / --sample must be 1 to " + MAX + ", is " + sample);
        }
        if (sample != null && !ids.isEmpty()) {
            out.add("--sample và --ids không dùng cùng nhau / --sample and --ids do not go together");
        }
        if (sample != null && (since != null || agency != null)) {
            // a sample is drawn from everything the portal holds: the filter beside it was ignored without a word
            out.add("--sample rút từ mọi hồ sơ Cổng đang giữ, không dùng cùng --since hay --agency / --sample draws from every"
                    + " dossier the portal holds and does not go with --since or --agency");
        }
        if (ids.size() > MAX) {
            out.add("--ids nhiều nhất " + MAX + " mã, đang có " + ids.size() + " / --ids takes at most " + MAX + " codes, has " + ids.size());
        }
        if (ids.stream().anyMatch(id -> id == null || id.isBlank() || id.length() > 100)) {
            out.add("--ids có mã rỗng hoặc dài quá 100 ký tự / --ids holds an empty code or one longer than 100 characters");
        }
        if (agency != null && (agency.isBlank() || agency.length() > 50)) {
            out.add("--agency phải là một mã đơn vị (≤ 50 ký tự) / --agency must be an agency's code (≤ 50 characters)");
        }
        return out;
    }

    /** The filter as the audit records it. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (since != null) {
            parts.add("--since " + since);
        }
        if (agency != null) {
            parts.add("--agency " + agency);
        }
        if (!ids.isEmpty()) {
            parts.add("--ids " + (ids.size() <= 5 ? String.join(",", ids) : ids.size() + " mã"));
        }
        if (sample != null) {
            parts.add("--sample " + sample + (seed == null ? "" : " --seed " + seed));
        }
        if (repair) {
            parts.add("--repair");
        }
        return String.join(" ", parts);
    }
}
