package vn.dvc.adapter.system;

import static vn.dvc.adapter.system.SettingProblems.between;
import static vn.dvc.adapter.system.SettingProblems.has;
import static vn.dvc.adapter.system.SettingProblems.isHttp;
import static vn.dvc.adapter.system.SettingProblems.require;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code adapter.source.*}: the one-stop system: its export API ({@code kind: api}, at {@code url}) or its
 * own database ({@code kind: database}), read through a {@code profile} (a built-in name or a folder: SQL
 * and mapping, {@code source/database/Profiles}). A read that fails is tried again {@code maxRedeliveries}
 * times, {@code redeliveryDelayMs} first and doubling ({@code routes/errors.camel.yaml}, {@code source-retry}).
 */
public record SourceSettings(@DefaultValue(SourceSettings.API) String kind, URI url, @DefaultValue("500") int pageSize,
                             String profile, @DefaultValue Database database, @DefaultValue("4") int maxRedeliveries,
                             @DefaultValue("500") long redeliveryDelayMs) {

    public static final String API = "api";
    public static final String DATABASE = "database";

    public SourceSettings {
        database = database != null ? database : Settings.defaults(Database.class);
    }

    public boolean fromDatabase() {
        return DATABASE.equalsIgnoreCase(kind);
    }

    /** What {@code status} and the console call the source: "api" or "database opencps". */
    public String describe() {
        return fromDatabase() ? DATABASE + " " + profile : API;
    }

    public void problems(List<String> out) {
        require(out, API.equalsIgnoreCase(kind) || fromDatabase(), "adapter.source.kind", "must be api or database, is " + kind);
        between(out, pageSize, 1, 1000, "adapter.source.page-size");
        if (fromDatabase()) {
            require(out, has(profile), "adapter.source.profile",
                    "is not set (a built-in profile: opencps, dvcqg-view; or the folder of your own)");
            database.problems(out);
        } else if (API.equalsIgnoreCase(kind)) {   // an unknown kind is named above, not also the API's missing url
            require(out, url != null, "adapter.source.url", "is not set");
            require(out, url == null || isHttp(url), "adapter.source.url", "must be an http(s) URL, is " + url);
        }
        between(out, maxRedeliveries, 0, 20, "adapter.source.max-redeliveries");
        between(out, redeliveryDelayMs, 0, 30_000, "adapter.source.redelivery-delay-ms");
    }

    /**
     * {@code adapter.source.database.*}: the one-stop system's database, read-only ({@code kind: database}):
     * its JDBC {@code url} and account ({@code password} from the environment), the zone its timestamps are
     * written in and how far back each run reads again ({@code timeZone}, {@code overlap}: the profile's
     * unless set), the link of a file ({@code fileUrl}, with {@code {fileEntryId}}), how long one query may take, and
     * how long a connection and its login may take ({@code connectTimeout}).
     */
    public record Database(String url, String username, String password, java.time.ZoneId timeZone, Duration overlap,
                           String fileUrl, @DefaultValue("PT60S") Duration queryTimeout,
                           @DefaultValue("PT10S") Duration connectTimeout) {

        void problems(List<String> out) {
            require(out, has(url), "adapter.source.database.url", "is not set (a JDBC URL such as jdbc:postgresql://db/opencps)");
            require(out, !has(url) || url.startsWith("jdbc:"), "adapter.source.database.url", "must be a JDBC URL (jdbc:…), is " + url);
            require(out, overlap == null || !overlap.isNegative() && overlap.compareTo(Duration.ofDays(1)) <= 0,
                    "adapter.source.database.overlap", "must be PT0S..P1D, is " + overlap);
            require(out, fileUrl == null || fileUrl.isBlank() || fileUrl.contains("{fileEntryId}"), "adapter.source.database.file-url",
                    "must contain {fileEntryId}, is " + fileUrl);
            require(out, queryTimeout != null && queryTimeout.toSeconds() >= 1, "adapter.source.database.query-timeout",
                    "must be at least one second, is " + queryTimeout);
            // the drivers' own timeouts are a second within it, so that their reason comes before the pool's bare wait
            require(out, connectTimeout != null && connectTimeout.compareTo(Duration.ofSeconds(2)) >= 0
                    && connectTimeout.compareTo(Duration.ofMinutes(5)) <= 0, "adapter.source.database.connect-timeout",
                    "must be PT2S..PT5M, is " + connectTimeout);
        }
    }
}
