/**
 * The admin console, the JSON API, their security and the adapter's operations (health,
 * Prometheus), served by {@code serve} only.
 *
 * <h2>Roles</h2>
 * {@code VIEWER} (runs, transfers, reports; identity numbers, phones and e-mails masked) ⊂
 * {@code OPERATOR} (also replay and start a sync) ⊂ {@code ADMIN} (also refresh the catalogue, read
 * the audit log). Users: {@code adapter.admin.users[n].username/.password/.role}, the password a
 * hash with its encoder id ({@code {bcrypt}$2a$10$...}), from the environment in production
 * ({@code ADAPTER_ADMIN_USERS_0_USERNAME}, {@code ADAPTER_ADMIN_USERS_0_PASSWORD},
 * {@code ADAPTER_ADMIN_USERS_0_ROLE}). Machines: {@code adapter.admin.tokens[n].name/.token-hash/.role},
 * the SHA-256 (hex) of a bearer token ({@code ADAPTER_ADMIN_TOKENS_0_TOKEN_HASH}); e.g.
 * {@code head -c 32 /dev/urandom | base64 | tr -d '\n' > token; sha256sum token}. Without a user,
 * {@code serve} refuses to start outside the {@code demo} profile (exit 2, the setting named).
 *
 * <h2>JSON API</h2> (HTTP Basic or {@code Authorization: Bearer}, stateless, errors as RFC 9457
 * problem details titled in Vietnamese, English with {@code ?lang=en}; OpenAPI at
 * {@code /v3/api-docs} and {@code /swagger-ui.html} after a console login)
 * <ul>
 * <li>{@code GET /api/overview}, {@code GET /api/runs?page&size}, {@code GET /api/runs/{id}} — VIEWER</li>
 * <li>{@code GET /api/transfers?state&agency&error&q&page&size} (newest first),
 *     {@code GET /api/transfers/{maHoSo}} (payload and story) — VIEWER, masked for a viewer</li>
 * <li>{@code POST /api/transfers/replay} {@code {ids, failed, agency, error, since, dryRun, force}} — OPERATOR</li>
 * <li>{@code POST /api/sync} — OPERATOR, waits for the run; 409 while another run holds the ledger</li>
 * <li>{@code GET /api/compliance?from&to} (compliance package), {@code GET /api/catalogue} — VIEWER</li>
 * <li>{@code POST /api/catalogue/refresh}, {@code GET /api/audit} — ADMIN</li>
 * </ul>
 *
 * <h2>Console</h2> Server-rendered (Thymeleaf), form login with CSRF tokens on every form,
 * Vietnamese by default and English with {@code ?lang=en} (kept in a cookie); charts with the
 * echarts webjar served from the jar. {@code /} overview, {@code /transfers} failed transfers and
 * {@code /transfers/{maHoSo}} their story with the replay button (OPERATOR), {@code /runs},
 * {@code /compliance}, {@code /audit} (ADMIN).
 *
 * <h2>Audit</h2> Replays in {@code replay_audit} (written through {@code ledger/ReplayAudits}), sync runs started by
 * hand, catalogue refreshes and failed logins in {@code admin_audit} (written through {@code ledger/AdminAudits}).
 *
 * <h2>Operations</h2> {@code /actuator/health}: open, details for signed-in users; components
 * {@code db}, {@code source}, {@code portal} (reachability, DOWN when unreachable), {@code sync}
 * (last run, last success, lag). {@code /actuator/health/liveness} and {@code /readiness} leave the
 * other systems out. {@code /actuator/prometheus}: any user or token (VIEWER), on the main port.
 * See {@link vn.dvc.adapter.admin.ops.AdapterMetrics} for the metrics.
 */
package vn.dvc.adapter.admin;
