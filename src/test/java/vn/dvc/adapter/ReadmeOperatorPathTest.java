package vn.dvc.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Issue 22: what a new user looked for in the README and did not find: one step-by-step section for
 * setting up a real province, the examples where they are, and the province's 50% beside each agency's 51%.
 */
class ReadmeOperatorPathTest {

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    private static String section(String text, String heading) {
        int start = text.indexOf(heading);
        assertThat(start).as(heading).isNotNegative();
        int end = text.indexOf("\n#", start + heading.length());
        return text.substring(start, end < 0 ? text.length() : end);
    }

    @Test
    void oneSectionWalksAProvinceFromSourceToService() throws IOException {
        String steps = section(readme(), "### Setting up a real province, step by step");

        assertThat(steps).contains("adapter.source.url", "ADAPTER_PORTAL_CLIENT_SECRET", "adapter.portal.madonvi",
                "adapter.sso.jwks-url", "ADAPTER_ADMIN_USERS_0_USERNAME", "ADAPTER_LEDGER_ENCRYPTION_KEY",
                "adapter.sync.cron", "SPRING_DATASOURCE_URL", "systemd", "src/dist/production.yaml.example",
                "adapter.source.kind: database", "adapter.source.profile", "ADAPTER_SOURCE_DATABASE_PASSWORD", "source check");
        for (String example : new String[] {"src/dist/production.yaml.example", "src/dist/adapter.env.example"}) {
            assertThat(Path.of(example)).as("the README's %s", example).exists();
        }
    }

    @Test
    void theProvincesTargetAndTheAgenciesTargetAreBothExplained() throws IOException {
        String intro = readme().substring(0, readme().indexOf("## Two commands"));

        assertThat(intro).contains("51% for each\nagency").contains("50% for the province as a whole");
    }
}
