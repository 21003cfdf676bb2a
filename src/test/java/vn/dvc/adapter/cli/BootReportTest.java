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

    @Test
    void anythingElseNamesItsDeepestCauseAndExits1() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Boot.report(new IllegalStateException("wrapped", new ArithmeticException("/ by zero")),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("Lỗi / error: / by zero (ArithmeticException)" + System.lineSeparator());
    }
}
