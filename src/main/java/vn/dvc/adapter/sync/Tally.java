package vn.dvc.adapter.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.dvc.adapter.ledger.RunKind;

/** Dossiers counted by outcome and agency, then told to the run's listeners at once ({@link RunListener#dossiers}). */
final class Tally {

    private record Key(String outcome, String agency) {}

    private final Map<Key, Long> counts = new HashMap<>();

    /** One dossier of {@code agency} (null or blank: unknown) came to {@code outcome}. */
    void add(String outcome, String agency) {
        counts.merge(new Key(outcome, agency == null ? "" : agency), 1L, Long::sum);
    }

    void tell(List<RunListener> listeners, RunKind kind) {
        counts.forEach((k, n) -> listeners.forEach(l -> l.dossiers(kind, k.outcome(), k.agency(), n)));
    }
}
