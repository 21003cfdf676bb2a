package vn.dvc.adapter.system;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Everything an operator sets, under {@code adapter.*}; see README "Configuration". */
@ConfigurationProperties("adapter")
public record AdapterProperties(@DefaultValue Source source, @DefaultValue Portal portal, @DefaultValue Sync sync,
                                @DefaultValue Sso sso, @DefaultValue Checks checks, @DefaultValue Reconcile reconcile,
                                @DefaultValue Cluster cluster, @DefaultValue Ledger ledger,
                                @DefaultValue Retention retention, @DefaultValue Replay replay, @DefaultValue Catalogue catalogue,
                                @DefaultValue Cli cli, @DefaultValue Test test) {

    /** The procedure catalogue: a sync run refreshes one older than {@code maxAge} first ({@code catalogue/CatalogueRefresh}). */
    public record Catalogue(@DefaultValue("PT24H") Duration maxAge) {}

    /**
     * What the command line shows while a run goes on ({@code cli/TerminalProgress}): {@code bar},
     * {@code lines} or {@code off}. Commands set it themselves (a bar on a terminal, nothing with {@code --json}).
     */
    public record Cli(@DefaultValue("off") String progress) {}

    /**
     * Fault injection of the crash tests ({@code system/CrashPoints}): halt the {@code crashAfter}-th
     * time the sync passes the point {@code crashAt} of its commit order; unset, never.
     */
    public record Test(String crashAt, @DefaultValue("1") int crashAfter) {}

    /**
     * Several {@code serve} instances on one PostgreSQL ({@code system/ClusteredScheduling}): each
     * checks in with Quartz's clustered job store every {@code checkinInterval}; the others take an
     * instance as dead {@code checkinInterval} + 7.5 s after its last check-in (Quartz's own rule) and
     * take over its schedules. {@code instanceId} names this instance in the store (unique in the
     * cluster; default {@code pid@host}, as the ledger names the owner of a run).
     */
    public record Cluster(@DefaultValue("PT10S") Duration checkinInterval, String instanceId) {

        /** Quartz's grace beyond the interval before an instance that stopped checking in counts as failed. */
        public static final Duration QUARTZ_GRACE = Duration.ofMillis(7500);
    }

    /**
     * The ledger: whether accepted dossiers keep their payload, the key its citizens' data is sealed with,
     * and where {@code backup} and {@code POST /api/backup} write an H2 ledger's copies.
     */
    public record Ledger(@DefaultValue("false") boolean keepSentPayload, @DefaultValue Encryption encryption,
                         @DefaultValue("backups") java.nio.file.Path backupDir) {}

    /**
     * AES-256-GCM key of the ledger's payloads and messages ({@code ledger/LedgerCipher}): {@code key} is
     * base64 of 32 bytes, from the environment ({@code ADAPTER_LEDGER_ENCRYPTION_KEY}); {@code keyId}
     * is written with every sealed value, so {@code previousKeys} (id → key) still open what older keys
     * sealed until {@code keys rotate} has sealed it again under the current one.
     */
    public record Encryption(String key, @DefaultValue("k1") String keyId, java.util.Map<String, String> previousKeys) {

        public Encryption {
            previousKeys = previousKeys == null ? java.util.Map.of() : java.util.Map.copyOf(previousKeys);
        }
    }

    /**
     * Replays ({@code replay/}): a transfer replayed {@code maxReplays} times and still not accepted is
     * set aside for a person ({@code needs_attention}); a replay waits up to {@code lockWait} for a
     * running sync to release the ledger.
     */
    public record Replay(@DefaultValue("5") int maxReplays, @DefaultValue("PT2M") Duration lockWait) {}

    /**
     * What the ledger forgets and when ({@code ledger/Retention}): the payloads of dossiers that are done
     * with (SENT, QUARANTINED) after {@code payloads}, the transfers' events after {@code events}, the audit
     * logs after {@code audit}; never the facts the reports count. {@code serve} runs it on {@code cron}.
     */
    public record Retention(@DefaultValue("P90D") Duration payloads, @DefaultValue("P400D") Duration events,
                            @DefaultValue("P1826D") Duration audit, @DefaultValue("0 30 3 * * ?") String cron,
                            @DefaultValue("1000") int batchSize) {}

    /**
     * Reading the portal back ({@code reconcile}): {@code serve}'s optional schedule (Quartz cron; none
     * by default) reads a random sample of {@code sample} dossiers and sends the drift again when
     * {@code repair}; a read is tried {@code maxAttempts} times (transient faults) before it counts as
     * UNREADABLE; drift lists are written to {@code reportDir}.
     */
    public record Reconcile(String cron, @DefaultValue("500") int sample, @DefaultValue("false") boolean repair,
                            @DefaultValue("3") int maxAttempts, @DefaultValue("reports") java.nio.file.Path reportDir) {}

    /**
     * The one-stop system: its export API ({@code kind: api}, at {@code url}) or its own database
     * ({@code kind: database}), read through a {@code profile} (a built-in name or a folder: SQL and
     * mapping, {@code source/database/Profiles}). Each group checks its own settings.
     */
    public record Source(@DefaultValue(API) String kind, URI url, @DefaultValue("500") int pageSize, String profile,
                         @DefaultValue Database database) {

        public static final String API = "api";
        public static final String DATABASE = "database";

        public boolean fromDatabase() {
            return DATABASE.equalsIgnoreCase(kind);
        }

        public void problems(List<String> out) {
            require(out, API.equalsIgnoreCase(kind) || fromDatabase(), "adapter.source.kind", "must be api or database, is " + kind);
            require(out, pageSize >= 1 && pageSize <= 1000, "adapter.source.page-size", "must be 1..1000, is " + pageSize);
            if (fromDatabase()) {
                require(out, has(profile), "adapter.source.profile",
                        "is not set (a built-in profile: opencps, dvcqg-view; or the folder of your own)");
                (database == null ? new Database(null, null, null, null, null, null, null) : database).problems(out);
            } else {
                require(out, url != null, "adapter.source.url", "is not set");
                require(out, url == null || isHttp(url), "adapter.source.url", "must be an http(s) URL, is " + url);
            }
        }

        /** What {@code status} and the console call the source: "api" or "database opencps". */
        public String describe() {
            return fromDatabase() ? DATABASE + " " + profile : API;
        }
    }

    /**
     * The one-stop system's database, read-only ({@code kind: database}): its JDBC {@code url} and
     * account ({@code password} from the environment), the zone its timestamps are written in and
     * how far back each run reads again ({@code timeZone}, {@code overlap}: the profile's unless set),
     * the link of a file ({@code fileUrl}, with {@code {fileEntryId}}), and how long one query may take.
     */
    public record Database(String url, String username, String password, java.time.ZoneId timeZone, Duration overlap,
                           String fileUrl, @DefaultValue("PT60S") Duration queryTimeout) {

        void problems(List<String> out) {
            require(out, has(url), "adapter.source.database.url", "is not set (a JDBC URL such as jdbc:postgresql://db/opencps)");
            require(out, !has(url) || url.startsWith("jdbc:"), "adapter.source.database.url", "must be a JDBC URL (jdbc:…), is " + url);
            require(out, overlap == null || !overlap.isNegative() && overlap.compareTo(Duration.ofDays(1)) <= 0,
                    "adapter.source.database.overlap", "must be PT0S..P1D, is " + overlap);
            require(out, fileUrl == null || fileUrl.isBlank() || fileUrl.contains("{fileEntryId}"), "adapter.source.database.file-url",
                    "must contain {fileEntryId}, is " + fileUrl);
            require(out, queryTimeout != null && queryTimeout.toSeconds() >= 1, "adapter.source.database.query-timeout",
                    "must be at least one second, is " + queryTimeout);
        }
    }

    /**
     * The national portal's integration gateway; secrets come from the environment. Calls are kept
     * to {@code maxCallsPerSecond} across all threads (0: no limit of our own; {@code portal/Throttle}).
     */
    public record Portal(URI url, String clientId, String clientSecret, String username, String password,
                         String madonvi, @DefaultValue("0") double maxCallsPerSecond) {}

    /**
     * One sync run: batch size of {@code DongBoHoSoMC}, the schedule of {@code serve}, retries of
     * transient faults and where a first run starts; {@code concurrency} batches in flight at once
     * across {@code pagesInFlight} consecutive pages (0: as many as keep the batches busy, see
     * {@link #pagesInFlight(int)}). {@code scheduled} is set by {@code serve} alone: it starts the
     * scheduled routes (sync, catalogue, reconcile) and, on PostgreSQL, the clustered scheduler.
     */
    public record Sync(@DefaultValue("100") int batchSize,
                       @DefaultValue("0 0/15 * * * ?") String cron,
                       @DefaultValue("4") int maxAttempts,
                       @DefaultValue("PT0.5S") Duration retryBackoff,
                       @DefaultValue("PT30S") Duration maxBackoff,
                       @DefaultValue("2000-01-01T00:00:00Z") Instant initialSince,
                       @DefaultValue("3") int breakerThreshold,
                       @DefaultValue("PT30S") Duration lockWait,
                       @DefaultValue("1") int concurrency,
                       @DefaultValue("0") int pagesInFlight,
                       @DefaultValue("false") boolean scheduled) {

        /**
         * Pages read ahead of the checkpoint: the configured number, or enough pages to give every
         * pushing thread a batch while the next page is read and checked — ⌈concurrency × batch ÷
         * page⌉ + 1, at least 2 (so even one thread pushes while the next page is read).
         */
        public int pagesInFlight(int pageSize) {
            if (pagesInFlight > 0) {
                return pagesInFlight;
            }
            int pages = (Math.max(1, concurrency) * batchSize + pageSize - 1) / Math.max(1, pageSize);
            return Math.max(2, pages + 1);
        }
    }

    /**
     * The identity provider whose ID tokens prove an online applicant (domain.md §5): its JWKS,
     * the expected issuer, the one-stop system's client id as audience, the minimum assurance
     * level, the clock skew allowed around the submission time, and the allowed algorithms.
     */
    public record Sso(URI jwksUrl, String issuer, String audience, @DefaultValue("LoA2") String minAcr,
                      @DefaultValue("PT2M") Duration skew, @DefaultValue({"RS256", "ES256"}) List<String> algorithms,
                      @DefaultValue("PT1M") Duration jwksMinRefresh) {}

    /**
     * What the checks do with a finding: {@code send} (the default) sends the dossier and reports
     * the finding; {@code hold} keeps it HELD until the finding is resolved.
     */
    public record Checks(@DefaultValue("send") String eauthFailure, java.util.Map<String, String> overLimit) {

        /** Label fields of progress entries that are shortened to the portal's limit; {@code NguoiXuLy} unless configured. */
        private static final java.util.Map<String, String> DEFAULT_OVER_LIMIT = java.util.Map.of("NguoiXuLy", "shorten");

        public Checks {
            overLimit = overLimit == null || overLimit.isEmpty() ? DEFAULT_OVER_LIMIT : java.util.Map.copyOf(overLimit);
        }

        public boolean holdOnEauthFailure() {
            return "hold".equalsIgnoreCase(eauthFailure);
        }

        /**
         * What a progress entry whose text is over the portal's limit becomes, per field
         * ({@code adapter.checks.over-limit.<field>}): {@code shorten} cuts that label to the limit and
         * keeps the original in the ledger; {@code hold} (any field not listed) holds the entry back.
         * Field names in lower case.
         */
        public java.util.Set<String> shortenedFields() {
            java.util.Set<String> fields = new java.util.HashSet<>();
            overLimit.forEach((field, action) -> {
                if ("shorten".equalsIgnoreCase(action)) {
                    fields.add(field.toLowerCase(java.util.Locale.ROOT));   // relaxed binding may change a key's case
                }
            });
            return java.util.Set.copyOf(fields);
        }
    }

    /**
     * Throws a {@link ConfigurationError} naming every missing or wrong setting at once: an operator
     * setting up a new installation fixes them in one go instead of one per try.
     */
    public void validate() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new ConfigurationError(problems);
        }
    }

    /** Every missing or wrong setting, one "key problem" each, in the README's order; empty when all is well. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        (source == null ? new Source(Source.API, null, 500, null, null) : source).problems(out);
        Portal p = portal == null ? new Portal(null, null, null, null, null, null, 0) : portal;
        require(out, p.url() != null, "adapter.portal.url", "is not set");
        require(out, p.url() == null || isHttp(p.url()), "adapter.portal.url", "must be an http(s) URL, is " + p.url());
        require(out, has(p.clientId()), "adapter.portal.client-id", "is not set");
        require(out, has(p.clientSecret()), "adapter.portal.client-secret", "is not set (use ADAPTER_PORTAL_CLIENT_SECRET)");
        require(out, has(p.username()), "adapter.portal.username", "is not set");
        require(out, has(p.password()), "adapter.portal.password", "is not set (use ADAPTER_PORTAL_PASSWORD)");
        require(out, has(p.madonvi()), "adapter.portal.madonvi", "is not set");
        if (sync != null) {
            require(out, sync.batchSize() >= 1 && sync.batchSize() <= 1000, "adapter.sync.batch-size", "must be 1..1000, is " + sync.batchSize());
            require(out, sync.maxAttempts() >= 1, "adapter.sync.max-attempts", "must be at least 1, is " + sync.maxAttempts());
            require(out, sync.breakerThreshold() >= 1, "adapter.sync.breaker-threshold", "must be at least 1, is " + sync.breakerThreshold());
            require(out, sync.concurrency() >= 1 && sync.concurrency() <= 64, "adapter.sync.concurrency",
                    "must be 1..64, is " + sync.concurrency());
            require(out, sync.pagesInFlight() >= 0 && sync.pagesInFlight() <= 32, "adapter.sync.pages-in-flight",
                    "must be 0 (automatic) or 1..32, is " + sync.pagesInFlight());
        }
        require(out, sso != null && sso.jwksUrl() != null, "adapter.sso.jwks-url", "is not set");
        require(out, sso != null && has(sso.issuer()), "adapter.sso.issuer", "is not set");
        require(out, sso != null && has(sso.audience()), "adapter.sso.audience", "is not set");
        require(out, sso == null || sso.minAcr() != null && sso.minAcr().matches("LoA\\d"), "adapter.sso.min-acr",
                "must be LoA1..LoA4, is " + (sso == null ? null : sso.minAcr()));
        require(out, checks == null || checks.eauthFailure() != null && checks.eauthFailure().matches("(?i)send|hold"),
                "adapter.checks.eauth-failure", "must be send or hold, is " + (checks == null ? null : checks.eauthFailure()));
        if (checks != null) {
            checks.overLimit().forEach((field, action) -> require(out, action != null && action.matches("(?i)shorten|hold"),
                    "adapter.checks.over-limit." + field, "must be shorten or hold, is " + action));
        }
        if (cluster != null) {
            require(out, cluster.checkinInterval() != null && cluster.checkinInterval().compareTo(Duration.ofSeconds(1)) >= 0
                            && cluster.checkinInterval().compareTo(Duration.ofMinutes(5)) <= 0, "adapter.cluster.checkin-interval",
                    "must be PT1S..PT5M, is " + (cluster.checkinInterval()));
            require(out, cluster.instanceId() == null || cluster.instanceId().length() <= 200, "adapter.cluster.instance-id",
                    "must be at most 200 characters");
        }
        if (reconcile != null) {
            require(out, reconcile.maxAttempts() >= 1, "adapter.reconcile.max-attempts", "must be at least 1, is " + reconcile.maxAttempts());
            require(out, reconcile.sample() >= 1 && reconcile.sample() <= 100_000, "adapter.reconcile.sample",
                    "must be 1..100000, is " + reconcile.sample());
        }
        require(out, p.maxCallsPerSecond() >= 0, "adapter.portal.max-calls-per-second",
                "must be 0 (no limit) or more, is " + p.maxCallsPerSecond());
        encryptionProblems(out);
        if (catalogue != null) {
            require(out, catalogue.maxAge() != null && !catalogue.maxAge().isNegative(), "adapter.catalogue.max-age",
                    "must be a duration of zero or more (PT24H), is " + catalogue.maxAge());
        }
        if (cli != null) {
            require(out, cli.progress() != null && cli.progress().matches("bar|lines|off"), "adapter.cli.progress",
                    "must be bar, lines or off, is " + cli.progress());
        }
        if (test != null) {
            require(out, test.crashAt() == null || test.crashAt().isBlank() || CrashPoints.point(test.crashAt()) != null,
                    "adapter.test.crash-at", "must be one of " + java.util.Arrays.toString(CrashPoints.Point.values())
                            + ", is " + test.crashAt());
            require(out, test.crashAfter() >= 1, "adapter.test.crash-after", "must be at least 1, is " + test.crashAfter());
        }
        if (retention != null) {
            for (var age : java.util.Map.of("payloads", retention.payloads(), "events", retention.events(),
                    "audit", retention.audit()).entrySet()) {
                require(out, age.getValue() != null && age.getValue().toDays() >= 1, "adapter.retention." + age.getKey(),
                        "must be at least one day (P1D), is " + age.getValue());
            }
            require(out, retention.batchSize() >= 1, "adapter.retention.batch-size", "must be at least 1, is " + retention.batchSize());
        }
        return out;
    }

    private void encryptionProblems(List<String> out) {
        Encryption e = ledger == null || ledger.encryption() == null ? new Encryption(null, "k1", null) : ledger.encryption();
        require(out, has(e.key()), "adapter.ledger.encryption.key",
                "is not set (use ADAPTER_LEDGER_ENCRYPTION_KEY: base64 of 32 random bytes, e.g. `openssl rand -base64 32`)");
        require(out, !has(e.key()) || keyProblem(e.key()) == null, "adapter.ledger.encryption.key", String.valueOf(keyProblem(e.key())));
        require(out, e.keyId() != null && e.keyId().matches(KEY_ID), "adapter.ledger.encryption.key-id",
                "must be 1..32 of A-Z a-z 0-9 . _ -, is '" + e.keyId() + "'");
        e.previousKeys().forEach((id, key) -> {
            String problem = keyProblem(key);
            require(out, problem == null, "adapter.ledger.encryption.previous-keys." + id, String.valueOf(problem));
            require(out, id.matches(KEY_ID) && !id.equals(e.keyId()), "adapter.ledger.encryption.previous-keys." + id,
                    "must be a key id of 1..32 of A-Z a-z 0-9 . _ - other than the current key-id");
        });
    }

    /** Key ids: written into every sealed value as {@code v1:<id>:...}, so no colon. */
    public static final String KEY_ID = "[A-Za-z0-9._-]{1,32}";

    /** Why this text is not an AES-256 key in base64, or null when it is one. */
    public static String keyProblem(String base64) {
        if (base64 == null) {
            return "is not set";
        }
        try {
            int bytes = java.util.Base64.getDecoder().decode(base64.strip()).length;
            return bytes == 32 ? null : "must be base64 of 32 bytes, is " + bytes + " bytes";
        } catch (IllegalArgumentException notBase64) {
            return "is not base64 (" + notBase64.getMessage() + ")";
        }
    }

    private static boolean isHttp(URI uri) {
        return uri.getScheme() != null && uri.getScheme().startsWith("http") && uri.getHost() != null;
    }

    private static boolean has(String s) {
        return s != null && !s.isBlank();
    }

    private static void require(List<String> problems, boolean ok, String key, String problem) {
        if (!ok) {
            problems.add(key + " " + problem);
        }
    }
}
