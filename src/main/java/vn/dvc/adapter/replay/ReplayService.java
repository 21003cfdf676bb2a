package vn.dvc.adapter.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.dvc.adapter.catalogue.IntegrationCheck;
import vn.dvc.adapter.ledger.Resend;
import vn.dvc.adapter.ledger.State;
import vn.dvc.adapter.ledger.ReplayAudits;
import vn.dvc.adapter.ledger.Transfers;
import vn.dvc.adapter.portal.PushItem;
import vn.dvc.adapter.sync.Batch;
import vn.dvc.adapter.sync.Resender;
import vn.dvc.adapter.sync.RunControl;
import vn.dvc.adapter.sync.RunSummary;
import vn.dvc.adapter.sync.SyncRun;

/**
 * Replays failed transfers through the same push route as a sync run, as a run of its own
 * (kind REPLAY) holding the ledger's lease: two replays at once take turns, and the second finds
 * already accepted what the first sent. Every replay is audited, a dry run too.
 */
@Service
public class ReplayService {

    private final Transfers transfers;
    private final RunControl runs;
    private final IntegrationCheck integration;
    // resolved only when a replay sends: a dry run reads the ledger in a context without Camel (cli/Boot)
    private final ObjectProvider<ProducerTemplate> camel;
    private final ObjectProvider<CamelContext> context;
    private final ObjectMapper json;
    private final ReplayAudits audits;
    private final int batchSize;
    private final int maxReplays;
    private final Duration lockWait;
    private final boolean holdOnEauthFailure;

    public ReplayService(Transfers transfers, RunControl runs, IntegrationCheck integration, ObjectProvider<ProducerTemplate> camel,
                         ObjectProvider<CamelContext> context, ObjectMapper json, ReplayAudits audits,
                         @Value("${adapter.sync.batch-size:100}") int batchSize,
                         @Value("${adapter.replay.max-replays:5}") int maxReplays,
                         @Value("${adapter.replay.lock-wait:PT2M}") Duration lockWait,
                         vn.dvc.adapter.system.AdapterProperties properties) {
        this.holdOnEauthFailure = properties.checks().holdOnEauthFailure();
        this.transfers = transfers;
        this.runs = runs;
        this.integration = integration;
        this.camel = camel;
        this.context = context;
        this.json = json;
        this.audits = audits;
        this.batchSize = batchSize;
        this.maxReplays = maxReplays;
        this.lockWait = lockWait;
    }

    public ReplayResult replay(ReplayRequest request, String actor) {
        if (request.dryRun()) {
            List<String> ids = matching(request).stream().map(Resend::maHoSo).toList();
            int skipped = request.ids().isEmpty() ? 0 : request.ids().size() - ids.size();
            return audited(request, actor, new ReplayResult(0, null, true, ids.size(), 0, 0, 0, 0, skipped, 0, ids));
        }
        ProducerTemplate camel = this.camel.getObject();
        Exchange exchange = new DefaultExchange(context.getObject());
        SyncRun run = runs.open("REPLAY", exchange, lockWait);
        List<String> replayed = new ArrayList<>();
        int held = 0;
        RunSummary summary;
        try {
            String after = null;
            while (true) {
                List<Resend> rows = transfers.replayable(request.ids(), request.agency(), request.error(), request.since(),
                        request.force(), after, batchSize);
                if (rows.isEmpty()) {
                    break;
                }
                after = rows.get(rows.size() - 1).maHoSo();
                List<PushItem> batch = new ArrayList<>();
                java.util.Map<String, String> agencies = new java.util.HashMap<>();
                for (Resend r : rows) {
                    replayed.add(r.maHoSo());
                    if (r.state() == State.HELD && stillHeld(r)) {
                        held++;
                    } else {
                        batch.add(Resender.item(json, r));
                        agencies.put(r.maHoSo(), r.maDonVi());
                    }
                }
                Exchange pushed = camel.send("direct:push-batch", ex -> {
                    ex.setProperty("run", run);
                    ex.getMessage().setBody(Batch.resend(batch, agencies));
                });
                if (pushed.getException() != null) {
                    throw new IllegalStateException("phát lại dừng: " + pushed.getException().getMessage(), pushed.getException());
                }
            }
            summary = runs.finish(run);
        } catch (RuntimeException e) {
            runs.close(run, "FAILED", "replay " + request.describe() + " by " + actor + ": " + e.getMessage());
            throw e;
        }
        int setAside = transfers.markReplayed(replayed, maxReplays);
        Set<String> named = new HashSet<>(request.ids());
        named.removeAll(replayed);
        return audited(request, actor, new ReplayResult(0, run.id(), false, replayed.size(), summary.sent(),
                summary.failed(), summary.rejected(), held, named.size(), setAside, replayed));
    }

    /** The same checks as a sync run: held while DVCQG still lacks the procedure or the e-auth policy holds it. */
    private boolean stillHeld(Resend r) {
        return r.errorCode() != null && r.errorCode().startsWith("EAUTH_") && holdOnEauthFailure
                || integration.check(r.maDonVi(), r.maTTHC()).holds();
    }

    private List<Resend> matching(ReplayRequest request) {
        List<Resend> all = new ArrayList<>();
        String after = null;
        while (true) {
            List<Resend> rows = transfers.replayable(request.ids(), request.agency(), request.error(), request.since(),
                    request.force(), after, 1000);
            all.addAll(rows);
            if (rows.size() < 1000) {
                return all;
            }
            after = rows.get(rows.size() - 1).maHoSo();
        }
    }

    private ReplayResult audited(ReplayRequest request, String actor, ReplayResult r) {
        long id = audits.record(new ReplayAudits.Entry(actor, request.describe(), r.dryRun(), r.matched(), r.sent(), r.failed(),
                r.rejected(), r.skipped(), r.run()));
        return new ReplayResult(id, r.run(), r.dryRun(), r.matched(), r.sent(), r.failed(),
                r.rejected(), r.held(), r.skipped(), r.setAside(), r.ids());
    }
}
