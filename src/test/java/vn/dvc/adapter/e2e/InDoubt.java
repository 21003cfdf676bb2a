package vn.dvc.adapter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.PortalSimulator;

/**
 * Progress entries the portal holds twice (it cannot de-duplicate them), against what the ledger
 * lists as in doubt: entries in flight when a run died ({@code progress_in_flight} rows of runs no
 * longer RUNNING). Every doubled entry must be listed, and no more dossiers doubled than the calls in
 * flight at the faults could carry.
 */
final class InDoubt {

    private InDoubt() {
    }

    /** Asserts both, and returns how many entries were doubled. */
    static int doubledOnlyWhereListed(PortalSimulator portal, DemoData data, int dossiers, Connection ledger, int maxDossiers)
            throws Exception {
        Map<String, Integer> listed = new HashMap<>();
        try (Statement st = ledger.createStatement()) {
            ResultSet rs = st.executeQuery("select f.ma_ho_so, sum(f.entry_count) from progress_in_flight f where not exists"
                    + " (select 1 from sync_run r where r.id = f.run_id and r.status = 'RUNNING') group by f.ma_ho_so");
            while (rs.next()) {
                listed.put(rs.getString(1), rs.getInt(2));
            }
        }
        Map<String, Integer> doubled = new HashMap<>();
        for (int i = 0; i < dossiers; i++) {
            Map<String, Integer> times = new HashMap<>();
            portal.progress(data.maHoSo(i)).forEach(e -> times.merge(e.toString(), 1, Integer::sum));
            int extra = times.values().stream().mapToInt(n -> n - 1).sum();
            if (extra > 0) {
                doubled.put(data.maHoSo(i), extra);
            }
        }
        int entries = doubled.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("%d progress entries of %d dossiers doubled at the portal; %d entries of %d dossiers listed as in doubt%n",
                entries, doubled.size(), listed.values().stream().mapToInt(Integer::intValue).sum(), listed.size());
        assertThat(doubled.size()).as("dossiers with a progress entry twice: %s", doubled).isLessThanOrEqualTo(maxDossiers);
        doubled.forEach((id, extra) -> assertThat(listed.getOrDefault(id, 0))
                .as("entries of %s doubled at the portal (%d) are listed as in doubt", id, extra).isGreaterThanOrEqualTo(extra));
        return entries;
    }
}
