package vn.dvc.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dvc.adapter.system.ConfigurationError;

/** A mistyped option is refused, every one at once; settings for Spring still pass. */
class UnknownOptionsTest {

    @Test
    void aMistypedOptionIsRefusedWithTheOthersAndSettingsPass() {
        ConfigurationError e = catchThrowableOfType(ConfigurationError.class,
                () -> Boot.refuseUnknownOptions(List.of("--dryrun", "--adapter.sync.batch-size=50", "--debug", "failed")));
        assertThat(e.getMessage()).contains("--dryrun là tuỳ chọn không có").contains("failed là tuỳ chọn không có")
                .doesNotContain("batch-size").doesNotContain("--debug");
        assertThatCode(() -> Boot.refuseUnknownOptions(List.of("--spring.profiles.active=demo",
                "--spring.datasource.url=jdbc:h2:file:./data/x;DB_CLOSE_ON_EXIT=FALSE", "--adapter.checks.over-limit.NguoiXuLy=hold")))
                .doesNotThrowAnyException();
    }

    @Test
    void theCommandExitsTwoBeforeAnythingRuns() {
        assertThat(Cli.run(new String[] {"replay", "--failed", "--dryrun"})).isEqualTo(Cli.CONFIG_ERROR);
    }
}
