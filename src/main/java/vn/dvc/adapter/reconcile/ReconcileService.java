package vn.dvc.adapter.reconcile;

import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Service;

/** Starts one reconcile through the {@code reconcile} route and waits for its result. */
@Service
public class ReconcileService {

    private final ProducerTemplate camel;

    public ReconcileService(ProducerTemplate camel) {
        this.camel = camel;
    }

    /** @throws IllegalArgumentException naming every problem of a bad request, before anything is read */
    public ReconcileResult reconcile(ReconcileRequest request) {
        var problems = request.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return camel.requestBody("direct:reconcile", request, ReconcileResult.class);
    }
}
