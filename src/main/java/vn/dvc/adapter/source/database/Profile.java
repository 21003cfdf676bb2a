package vn.dvc.adapter.source.database;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.schibsted.spt.data.jslt.Expression;

/**
 * How to read one vendor's one-stop database: configuration, not code ({@link Profiles} loads it
 * from a folder). The SQL of each query, per database product when a product needs its own; the
 * mapping from rows to the DVCQG dossier and to a procedure of the catalogue; the code tables the
 * mapping looks words up in; and what the profile expects of the database.
 *
 * @param name      the built-in name or the folder
 * @param timeZone  the zone the database writes its timestamps in (without a zone)
 * @param overlap   how far before the checkpoint each run reads again: clock skew, transactions that commit late
 * @param textKey   whether the dossier's key is text (the .NET systems' MaHoSo) rather than a number (OpenCPS's dossierId)
 * @param children  the child lists of a dossier (processing history, files, fees), each a query for a set of keys
 * @param lookups   small tables read once a page and given to the mapping as variables
 * @param requires  table → columns the queries read, for {@code source check}
 * @param codeColumn   the dossier row's column holding MaHoSo, to name a dossier the mapping fails on
 * @param agencyColumn the dossier row's column holding the agency's code, to file it under its agency
 */
public record Profile(String name, ZoneId timeZone, Duration overlap, boolean textKey, Map<String, Sql> queries,
                      List<String> children, List<String> lookups, Expression dossier, Expression procedure,
                      JsonNode codes, Map<String, List<String>> requires, String codeColumn, String agencyColumn) {

    /** The query files of every profile; children and lookups add their own names. */
    public static final String CHANGES = "changes";
    public static final String DOSSIERS = "dossiers";
    public static final String RECENT = "recent";
    public static final String PROCEDURES = "procedures";

    /**
     * One query: the portable text ({@code name.sql}) and the texts a database product needs instead
     * ({@code name.mysql.sql}, {@code name.sqlserver.sql}, …).
     */
    public record Sql(String name, String text, Map<String, String> byProduct) {

        /** The text for this product (postgresql, mysql, mariadb, sqlserver, oracle, h2); MariaDB falls back to MySQL's. */
        public String text(String product) {
            String own = byProduct.get(product);
            if (own == null && "mariadb".equals(product)) {
                own = byProduct.get("mysql");
            }
            return own != null ? own : text;
        }
    }

    public Sql query(String queryName) {
        Sql sql = queries.get(queryName);
        if (sql == null) {
            throw new IllegalStateException("profile " + name + " has no " + queryName + ".sql");
        }
        return sql;
    }
}
