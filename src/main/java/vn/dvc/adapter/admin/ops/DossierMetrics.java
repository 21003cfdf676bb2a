package vn.dvc.adapter.admin.ops;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.sync.RunListener;

/**
 * {@code adapter_dossiers_total{outcome, agency}} from what the run tells as it commits (read,
 * refused, sent, failed, rejected), with no second read of the ledger; runs of every kind (a
 * replay's and a repair's pushes count as outcomes too, as they did when this was read back).
 */
@Component
@ConditionalOnWebApplication
class DossierMetrics implements RunListener {

    private final AdapterMetrics metrics;

    DossierMetrics(AdapterMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void dossiers(vn.dvc.adapter.ledger.RunKind kind, String outcome, String agency, long n) {
        metrics.dossiers(outcome, agency, n);
    }
}
