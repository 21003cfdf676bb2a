package vn.dvc.adapter.bench;

import java.util.List;

import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;

/**
 * Which phase of the pipeline an execution sample belongs to: the first frame from the top of its
 * stack that a rule names decides, so library code (Jackson, JDK) counts for whoever called it.
 */
final class Phases {

    static final String SOURCE_SIM = "source simulator";
    static final String PORTAL_SIM = "portal simulator";
    static final String OTHER = "other (JVM, Spring, JDK without a caller above)";

    private record Rule(String prefix, String phase) {}

    private static final List<Rule> RULES = List.of(
            new Rule("vn.dvc.adapter.sync.RecordedPage.hashCode", "Camel bean cache: hashCode of a page record"),
            new Rule("vn.dvc.adapter.portal.PushItem.hashCode", "Camel bean cache: hashCode of a page record"),
            new Rule("vn.dvc.adapter.source.SourcePage.hashCode", "Camel bean cache: hashCode of a page record"),
            new Rule("vn.dvc.adapter.checks.Hasher", "hashing (SHA-256 of the mapped dossier)"),
            new Rule("vn.dvc.adapter.checks.EAuthVerifier", "e-authentication (JWT parse, RS256 verify)"),
            new Rule("com.nimbusds.", "e-authentication (JWT parse, RS256 verify)"),
            new Rule("vn.dvc.adapter.checks.", "checks & mapping"),
            new Rule("vn.dvc.adapter.catalogue.", "checks & mapping"),
            new Rule("vn.dvc.adapter.source.SourceClient.read", "JSON parse of source pages"),
            new Rule("vn.dvc.adapter.sync.Payload", "ledger payload (JSON write)"),
            new Rule("org.h2.", "ledger (database, JDBC)"),
            new Rule("org.postgresql.", "ledger (database, JDBC)"),
            new Rule("com.zaxxer.hikari.", "ledger (database, JDBC)"),
            new Rule("org.springframework.jdbc.", "ledger (database, JDBC)"),
            new Rule("org.springframework.transaction.", "ledger (database, JDBC)"),
            new Rule("vn.dvc.adapter.ledger.", "ledger (database, JDBC)"),
            new Rule("org.apache.hc.", "HTTP client (Apache HttpClient 5)"),
            new Rule("vn.dvc.adapter.portal.", "portal client (request JSON, reply parse)"),
            new Rule("vn.dvc.adapter.sync.", "sync beans (page bookkeeping)"),
            new Rule("vn.dvc.adapter.source.", "sync beans (page bookkeeping)"),
            new Rule("org.apache.camel.", "Camel routing, bean binding, type conversion"),
            new Rule("vn.dvc.adapter.bench.Bare", "bare pipeline (ceiling, naive)"),
            new Rule("vn.dvc.adapter.simulator.Portal", PORTAL_SIM),
            new Rule("vn.dvc.adapter.simulator.IntegrationServices", PORTAL_SIM),
            new Rule("vn.dvc.adapter.simulator.DossierRules", PORTAL_SIM),
            new Rule("vn.dvc.adapter.simulator.Faults", PORTAL_SIM),
            new Rule("vn.dvc.adapter.simulator.Source", SOURCE_SIM),
            new Rule("vn.dvc.adapter.simulator.PageWriter", SOURCE_SIM),
            new Rule("vn.dvc.adapter.simulator.DemoData", SOURCE_SIM),
            new Rule("vn.dvc.adapter.simulator.DossierBuilder", SOURCE_SIM),
            new Rule("vn.dvc.adapter.simulator.IdentityProvider", SOURCE_SIM),
            new Rule("sun.net.httpserver.", "simulators' HTTP server (JDK)"),
            new Rule("com.sun.net.httpserver.", "simulators' HTTP server (JDK)"));

    private Phases() {
    }

    static String of(RecordedStackTrace stack, RecordedThread thread) {
        if (stack != null) {
            for (RecordedFrame frame : stack.getFrames()) {
                String name = name(frame);
                for (Rule r : RULES) {
                    if (name.startsWith(r.prefix())) {
                        return r.phase();
                    }
                }
            }
        }
        String t = thread == null || thread.getJavaName() == null ? "" : thread.getJavaName();
        if (t.startsWith("HikariPool") || t.startsWith("MVStore")) {
            return "ledger (database, JDBC)";
        }
        return OTHER;
    }

    /** The innermost frame of the project's own code ("vn.dvc.adapter."), outside the simulators' and the bench's. */
    static String ownCaller(RecordedStackTrace stack, RecordedThread thread) {
        if (stack != null) {
            for (RecordedFrame frame : stack.getFrames()) {
                String name = name(frame);
                if (name.startsWith("vn.dvc.adapter.") && !name.contains("$$SpringCGLIB$$")) {
                    return name.replaceAll("\\.lambda\\$(\\w+)\\$\\d+$", ".$1");
                }
            }
        }
        String t = thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
        return "thread " + t.replaceAll("\\d+", "N").replaceAll(" /.*", ""); // "MVStore background writer /tmp/..."
    }

    static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
