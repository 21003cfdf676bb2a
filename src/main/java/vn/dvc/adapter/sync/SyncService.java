package vn.dvc.adapter.sync;

import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Service;

/** Starts one sync run through the {@code sync-run} route and waits for its summary. */
@Service
public class SyncService {

    private final ProducerTemplate camel;

    public SyncService(ProducerTemplate camel) {
        this.camel = camel;
    }

    public RunSummary runOnce() {
        return camel.requestBody("direct:sync-run", null, RunSummary.class);
    }
}
