package vn.dvc.adapter.source.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvc.adapter.system.ConfigurationError;

/** Loading a profile: the built-in ones, a province's copy in a folder, and every way a folder can be wrong, named. */
class ProfilesTest {

    private final ObjectMapper json = new ObjectMapper();

    /** The built-in opencps profile copied into a folder, as a province starts its own. */
    static Path copyOfOpenCps(Path dir) throws IOException {
        Path copy = dir.resolve("my-opencps");
        Files.createDirectories(copy);
        try (var files = Files.list(Path.of("config/sources/opencps"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    @Test
    void theBuiltInProfilesLoad() {
        for (String name : Profiles.BUILT_IN) {
            Profile p = Profiles.load(name, json);
            assertThat(p.dossier()).as(name).isNotNull();
            assertThat(p.query(Profile.CHANGES).text("postgresql")).as(name).contains(":after_time", ":after_key", ":limit");
            assertThat(p.requires()).as(name).isNotEmpty();
        }
        assertThat(Profiles.load("opencps", json).timeZone().getId()).isEqualTo("UTC");
        assertThat(Profiles.load("opencps", json).children()).containsExactly("actions", "files", "payments");
    }

    @Test
    void aFolderIsReadAsItIsNowWithoutABuildAndAQueryMayHaveAProductsOwnText(@TempDir Path dir) throws IOException {
        Path copy = copyOfOpenCps(dir);
        Files.writeString(copy.resolve("profile.yaml"), Files.readString(copy.resolve("profile.yaml"))
                .replace("time-zone: UTC", "time-zone: Asia/Ho_Chi_Minh"));
        Files.writeString(copy.resolve("recent.mysql.sql"), "select 1 as dossier_key, now() as changed_at");

        Profile p = Profiles.load(copy.toString(), json);

        assertThat(p.timeZone().getId()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(p.query(Profile.RECENT).text("mysql")).contains("now()");
        assertThat(p.query(Profile.RECENT).text("mariadb")).as("MariaDB takes MySQL's own text").contains("now()");
        assertThat(p.query(Profile.RECENT).text("postgresql")).doesNotContain("now()");
    }

    @Test
    void anUnknownNameSaysWhichProfilesAreBuiltIn() {
        assertThatThrownBy(() -> Profiles.load("egov-x", json)).isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("adapter.source.profile").hasMessageContaining("egov-x").hasMessageContaining("opencps, dvcqg-view");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) throws IOException {
        Path copy = copyOfOpenCps(dir);
        Files.delete(copy.resolve("payments.sql"));

        assertThatThrownBy(() -> Profiles.load(copy.toString(), json)).isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("payments.sql is missing");
    }

    @Test
    void aMappingThatDoesNotCompileIsNamedWithItsLine(@TempDir Path dir) throws IOException {
        Path copy = copyOfOpenCps(dir);
        Files.writeString(copy.resolve("procedure.jslt"), "{\n  \"MaTTHC\": .service_code,\n  \"TenTTHC\": .service_name +\n}\n");

        assertThatThrownBy(() -> Profiles.load(copy.toString(), json)).isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("procedure.jslt line").hasMessageContaining("at line 4, column 1")
                .hasMessageNotContaining("Was expecting");
    }

    @Test
    void aWrongZoneOrKeyTypeInProfileYamlIsNamed(@TempDir Path dir) throws IOException {
        Path copy = copyOfOpenCps(dir);
        Files.writeString(copy.resolve("profile.yaml"), Files.readString(copy.resolve("profile.yaml"))
                .replace("time-zone: UTC", "time-zone: Hanoi"));
        assertThatThrownBy(() -> Profiles.load(copy.toString(), json)).hasMessageContaining("profile.yaml time-zone");
        Files.writeString(copy.resolve("profile.yaml"), Files.readString(copy.resolve("profile.yaml"))
                .replace("time-zone: Hanoi", "time-zone: UTC").replace("key: number", "key: uuid"));
        assertThatThrownBy(() -> Profiles.load(copy.toString(), json)).hasMessageContaining("key must be number or text");
    }
}
