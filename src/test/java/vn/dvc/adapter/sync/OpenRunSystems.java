package vn.dvc.adapter.sync;

import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dvc.adapter.FileLedgerSystems;
import vn.dvc.adapter.ledger.RunKind;
import vn.dvc.adapter.ledger.RunStatus;

/** {@link FileLedgerSystems} with a sync run open for each test (its lease taken), closed after it. */
abstract class OpenRunSystems extends FileLedgerSystems {

    @Autowired
    RunControl runs;
    @Autowired
    CamelContext context;

    SyncRun run;

    @BeforeEach
    void openRun() {
        run = runs.open(RunKind.SYNC, new DefaultExchange(context), Duration.ofSeconds(5));
    }

    @AfterEach
    void closeRun() {
        runs.close(run, RunStatus.SUCCEEDED, null);
    }
}
