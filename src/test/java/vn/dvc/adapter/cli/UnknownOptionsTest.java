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

    /** The review's "--limt 3": one mistyped option with its value, not "3" named as a second unknown option. */
    @Test
    void aMistypedOptionsValueIsNamedWithIt() {
        ConfigurationError e = catchThrowableOfType(ConfigurationError.class, () -> Boot.refuseUnknownOptions(List.of("--limt", "3")));
        assertThat(e.problems()).singleElement().asString().startsWith("--limt 3 là tuỳ chọn không có");
    }

    /** "A bad option names every bad setting at once": the mistyped option was refused alone, the bad settings left for the next try. */
    @Test
    void aMistypedOptionIsNamedWithTheBadSettingsAtOnce() {
        Throwable failed = org.assertj.core.api.Assertions.catchThrowable(() -> Boot.context(List.of("--dryrun", "--adapter.sync.batch-size=5000",
                "--adapter.source.kind=databse", "--spring.datasource.url=jdbc:h2:mem:unknown-options"),
                org.springframework.boot.WebApplicationType.NONE, java.util.Map.of()).close());
        Throwable t = failed;
        while (t != null && !(t instanceof ConfigurationError)) {
            t = t.getCause();
        }
        assertThat(t).as(String.valueOf(failed)).isInstanceOf(ConfigurationError.class);
        assertThat(((ConfigurationError) t).problems()).anyMatch(p -> p.startsWith("--dryrun là tuỳ chọn không có"))
                .anyMatch(p -> p.startsWith("adapter.sync.batch-size")).anyMatch(p -> p.startsWith("adapter.source.kind"));
    }

    /** The review's "--dryrun" for replay's "--dry-run": the command's nearest option is suggested, as a mistyped setting's is. */
    @Test
    void aMistypedOptionIsToldTheOptionItMostLikelyMeant() {
        Boot.commandOptions(List.of("--failed", "--dry-run", "--force", "--since", "-h", "--help"));
        try {
            ConfigurationError e = catchThrowableOfType(ConfigurationError.class,
                    () -> Boot.refuseUnknownOptions(List.of("--dryrun", "--forse", "--colour")));
            assertThat(e.problems()).containsExactly(
                    "--dryrun là tuỳ chọn không có của lệnh này (có phải --dry-run?) / is not an option of this command (did you mean --dry-run?)",
                    "--forse là tuỳ chọn không có của lệnh này (có phải --force?) / is not an option of this command (did you mean --force?)",
                    "--colour là tuỳ chọn không có của lệnh này (xem --help) / is not an option of this command (see --help), nor a setting"
                            + " (--adapter.<key>=<value>)");
        } finally {
            Boot.commandOptions(List.of());
        }
    }

    @Test
    void theCommandExitsTwoBeforeAnythingRuns() {
        assertThat(Cli.run(new String[] {"replay", "--failed", "--dryrun"})).isEqualTo(Cli.CONFIG_ERROR);
    }

    /** The shipped configuration (and the command's own settings) name no key the check would refuse (nor would a mistyped one pass). */
    @Test
    void theShippedSettingsAreAllKnownAndATypoIsNot() throws Exception {
        org.springframework.core.env.StandardEnvironment env = new org.springframework.core.env.StandardEnvironment();
        env.getPropertySources().remove(org.springframework.core.env.StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        List<java.nio.file.Path> files;
        try (var list = java.nio.file.Files.list(java.nio.file.Path.of("config"))) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        for (java.nio.file.Path file : files) {
            new org.springframework.boot.env.YamlPropertySourceLoader().load(file.toString(),
                    new org.springframework.core.io.FileSystemResource(file)).forEach(env.getPropertySources()::addLast);
        }
        env.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("command", Boot.LEDGER_ONLY));

        assertThat(vn.dvc.adapter.system.Settings.unknown(env, Boot.KEYS, Boot.WHOLE_KEYS)).isEmpty();

        env.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("typo",
                java.util.Map.of("adapter.admin.login.max-failure", "3")));
        assertThat(vn.dvc.adapter.system.Settings.unknown(env, Boot.KEYS, Boot.WHOLE_KEYS))
                .containsExactly("adapter.admin.login.max-failure is not a setting (did you mean adapter.admin.login.max-failures?)");
    }

    /** Before any bean or database: the mistyped name alone, or with every other problem of the command at once. */
    @Test
    void aMistypedSettingStopsEveryCommandBeforeAnythingRuns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String ledger = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("ledger");
        ConfigurationError ledgerOnly = catchThrowableOfType(ConfigurationError.class, () -> Boot.context(
                List.of(ledger, "--adapter.ledger.encryption.kye=x"), org.springframework.boot.WebApplicationType.NONE, Boot.LEDGER_ONLY));
        ConfigurationError sync = catchThrowableOfType(ConfigurationError.class, () -> Boot.context(
                List.of(ledger, "--adapter.sync.batch-sise=50"), org.springframework.boot.WebApplicationType.NONE, java.util.Map.of()));

        assertThat(ledgerOnly.problems()).as("with the ledger that is not there")
                .containsExactly("adapter.ledger.encryption.kye is not a setting (did you mean adapter.ledger.encryption.key?)",
                        "không có sổ cái ở " + dir.resolve("ledger.mv.db") + " (chưa có lượt `sync` nào với thiết lập này; sổ cái của"
                                + " buổi chạy thử: thêm --demo) / no ledger at " + dir.resolve("ledger.mv.db")
                                + " (no `sync` has run with these settings; the demo's ledger: add --demo)");
        assertThat(sync.problems()).as("with the settings sync lacks here (the portal's, …)")
                .contains("adapter.sync.batch-sise is not a setting (did you mean adapter.sync.batch-size?)")
                .anyMatch(p -> p.startsWith("adapter.portal.url")).hasSizeGreaterThan(2);
        assertThat(dir).isEmptyDirectory();
    }
}
