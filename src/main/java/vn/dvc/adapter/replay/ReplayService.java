package vn.dvc.adapter.replay;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.dvc.adapter.ledger.Resend;
import vn.dvc.adapter.ledger.ReplayAudits;
import vn.dvc.adapter.ledger.TransferReads;

/**
 * Replays failed transfers: a dry run lists what matches from the ledger alone; a replay is the
 * {@code replay} route (routes/replay.camel.yaml, {@link ReplaySteps}), the same push route as a
 * sync run in a run of its own (kind REPLAY) holding the ledger's lease: two replays at once take
 * turns, and the second finds already accepted what the first sent. Every replay is audited, a dry
 * run too.
 */
@Service
public class ReplayService {

    private final TransferReads transfers;
    // resolved only when a replay sends: a dry run reads the ledger in a context without Camel (cli/Boot)
    private final ObjectProvider<ProducerTemplate> camel;
    private final ReplayAudits audits;

    public ReplayService(TransferReads transfers, ObjectProvider<ProducerTemplate> camel, ReplayAudits audits) {
        this.transfers = transfers;
        this.camel = camel;
        this.audits = audits;
    }

    public ReplayResult replay(ReplayRequest request, String actor) {
        if (request.dryRun()) {
            List<Resend> rows = matching(request);
            List<String> ids = rows.stream().map(Resend::maHoSo).toList();
            int skipped = request.ids().isEmpty() ? 0 : request.ids().size() - ids.size();
            int reread = (int) rows.stream().filter(r -> r.payload() == null).count();
            return audited(request, actor, new ReplayResult(0, null, true, ids.size(), 0, 0, 0, 0, skipped, 0, ids, reread, 0, 0));
        }
        try {
            // audited by the route itself, before it sends and with its counts (ReplaySteps)
            return camel.getObject().requestBody("direct:replay", new ReplaySteps.Order(request, actor), ReplayResult.class);
        } catch (org.apache.camel.CamelExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
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
        return r.audited(id);
    }
}
