package vn.dvc.adapter.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One measured run, as the parent hands it to a worker (in a child JVM or in process).
 *
 * @param dossiers  the data set's size
 * @param sourceUrl the export API's simulator, or the JDBC URL of an OpenCPS database ({@code --source opencps})
 * @param limit     stop after this many dossiers (the naive baseline's sample); 0: all
 * @param oracle    file of the dossier indices a correct adapter sends ({@link Oracle})
 * @param jfr       record the measured run to this file, or null
 * @param warmUp    an adapter run the same JVM makes first, unmeasured (what {@code serve} has behind it), or null
 */
public record Job(Mode mode, int dossiers, String sourceUrl, String portalUrl, String jdbcUrl, String jdbcUser,
                  String jdbcPassword, int batch, int page, int concurrency, int limit, Path oracle,
                  String ssoIssuer, String ssoAudience, Path jfr, WarmUp warmUp) {

    /**
     * The unmeasured first run of a warm row ({@code bench --warm}): the same source read from {@code since} (the
     * data set's last dossiers), into its own ledger and portal, so the measured run finds the JIT's code compiled as
     * a second run of {@code serve} does, and nothing of its data already sent.
     */
    public record WarmUp(String portalUrl, String jdbcUrl, String jdbcUser, String jdbcPassword, Instant since) {}

    /** The same run against these systems: a portal, a ledger, a recording (the warm-up, if any, kept). */
    Job against(String portal, String jdbc, String user, String password, Path recording) {
        return new Job(mode, dossiers, sourceUrl, portal, jdbc, user, password, batch, page, concurrency, limit, oracle,
                ssoIssuer, ssoAudience, recording, warmUp);
    }

    /** The same run, after this warm-up. */
    Job after(WarmUp first) {
        return new Job(mode, dossiers, sourceUrl, portalUrl, jdbcUrl, jdbcUser, jdbcPassword, batch, page, concurrency, limit,
                oracle, ssoIssuer, ssoAudience, jfr, first);
    }

    /** The arguments of {@code bench worker} that say the same. */
    public String[] arguments() {
        List<String> args = new ArrayList<>(List.of("--mode", mode.name(), "--dossiers", Integer.toString(dossiers), "--source", sourceUrl,
            "--portal", portalUrl, "--jdbc", String.valueOf(jdbcUrl), "--jdbc-user", String.valueOf(jdbcUser),
            "--jdbc-password", String.valueOf(jdbcPassword), "--batch", Integer.toString(batch),
            "--page", Integer.toString(page), "--concurrency", Integer.toString(concurrency),
            "--limit", Integer.toString(limit), "--oracle", String.valueOf(oracle), "--sso-issuer", ssoIssuer,
            "--sso-audience", ssoAudience, "--jfr", String.valueOf(jfr)));
        if (warmUp != null) {
            args.addAll(List.of("--warm-portal", warmUp.portalUrl(), "--warm-jdbc", warmUp.jdbcUrl(),
                    "--warm-jdbc-user", String.valueOf(warmUp.jdbcUser()), "--warm-jdbc-password",
                    String.valueOf(warmUp.jdbcPassword()), "--warm-since", warmUp.since().toString()));
        }
        return args.toArray(String[]::new);
    }
}
