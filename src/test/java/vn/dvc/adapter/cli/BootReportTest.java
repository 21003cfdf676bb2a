package vn.dvc.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;

import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;

import vn.dvc.adapter.portal.PortalFault;

/** How a failed command ends: its exit code and its one line. */
class BootReportTest {

    @Test
    void thePortalStillAwayAfterTheClientsTriesIsOneLineAndTryAgainLater() {
        ConnectException refused = new ConnectException("Connect to http://127.0.0.1:9 failed: Connection refused");
        PortalFault away = new PortalFault("IO", "không kết nối được Cổng DVCQG: " + refused, null, null, refused);
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Boot.report(new CamelExecutionException("catalogue refresh", null, away), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(Cli.RETRY_LATER);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("Lỗi / error: không kết nối được Cổng DVCQG / Could not reach the national"
                + " portal: Connect to http://127.0.0.1:9 failed: Connection refused" + System.lineSeparator());
    }

    /** The one-stop database failing is the source's, named in its own line (it fell to exit 1 and the driver's words). */
    @Test
    void theOneStopDatabaseFailingIsItsOwnLineAndTryAgainLater() {
        var source = new vn.dvc.adapter.source.database.SourceUnavailable("không đọc được cơ sở dữ liệu của Hệ thống một cửa / cannot"
                + " read the one-stop system's database (jdbc:postgresql://db:5432/opencps, procedures.sql): Connection refused",
                new java.sql.SQLException("Connection refused"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Boot.report(new CamelExecutionException("catalogue refresh", null, source), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(Cli.RETRY_LATER);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("Lỗi / error: " + source.getMessage() + System.lineSeparator());
    }

    @Test
    void anythingElseNamesItsDeepestCauseAndExits1() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Boot.report(new IllegalStateException("wrapped", new ArithmeticException("/ by zero")),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("Lỗi / error: / by zero (ArithmeticException)" + System.lineSeparator());
    }
}
