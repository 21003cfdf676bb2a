package vn.dvc.adapter.bench;

import java.nio.file.Path;

/**
 * One measured run, as the parent hands it to a worker (in a child JVM or in process).
 *
 * @param dossiers  the data set's size
 * @param sourceUrl the export API's simulator, or the JDBC URL of an OpenCPS database ({@code --source opencps})
 * @param limit     stop after this many dossiers (the naive baseline's sample); 0: all
 * @param oracle    file of the dossier indices a correct adapter sends ({@link Oracle})
 * @param jfr       record the measured run to this file, or null
 */
public record Job(Mode mode, int dossiers, String sourceUrl, String portalUrl, String jdbcUrl, String jdbcUser,
                  String jdbcPassword, int batch, int page, int concurrency, int limit, Path oracle,
                  String ssoIssuer, String ssoAudience, Path jfr) {

    /** The arguments of {@code bench worker} that say the same. */
    String[] arguments() {
        return new String[] {"--mode", mode.name(), "--dossiers", Integer.toString(dossiers), "--source", sourceUrl,
            "--portal", portalUrl, "--jdbc", String.valueOf(jdbcUrl), "--jdbc-user", String.valueOf(jdbcUser),
            "--jdbc-password", String.valueOf(jdbcPassword), "--batch", Integer.toString(batch),
            "--page", Integer.toString(page), "--concurrency", Integer.toString(concurrency),
            "--limit", Integer.toString(limit), "--oracle", String.valueOf(oracle), "--sso-issuer", ssoIssuer,
            "--sso-audience", ssoAudience, "--jfr", String.valueOf(jfr)};
    }
}
