package vn.dvc.adapter.source.database;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import vn.dvc.adapter.checks.WireDates;

/**
 * A row as the mapping reads it: one field per column, named by its label in lower case (the
 * databases disagree on the case of unquoted names: write aliases in snake_case), with the
 * column's own type — numbers stay numbers, booleans booleans — and every timestamp read in the
 * database's zone and written as an ISO-8601 instant, the one form of time the rest of the adapter
 * reads.
 */
final class Rows {

    /** SQL Server's {@code datetimeoffset}, which the driver reports outside {@link Types}. */
    private static final int SQLSERVER_DATETIMEOFFSET = -155;

    private final ZoneId zone;

    Rows(ZoneId zone) {
        this.zone = zone;
    }

    ObjectNode row(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            row.set(md.getColumnLabel(i).toLowerCase(Locale.ROOT), value(rs, i, md.getColumnType(i)));
        }
        return row;
    }

    private JsonNode value(ResultSet rs, int i, int type) throws SQLException {
        JsonNode value = switch (type) {
            case Types.TIMESTAMP -> instant(rs.getObject(i, LocalDateTime.class));
            case Types.TIMESTAMP_WITH_TIMEZONE, SQLSERVER_DATETIMEOFFSET -> {
                OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
                yield t == null ? null : TextNode.valueOf(WireDates.isoText(t.toInstant()));
            }
            case Types.DATE -> {
                LocalDate d = rs.getObject(i, LocalDate.class);
                yield d == null ? null : TextNode.valueOf(WireDates.isoText(d.atStartOfDay(zone).toInstant()));
            }
            case Types.BOOLEAN, Types.BIT -> BooleanNode.valueOf(rs.getBoolean(i));
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> LongNode.valueOf(rs.getLong(i));
            case Types.NUMERIC, Types.DECIMAL -> number(rs.getBigDecimal(i));
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> DoubleNode.valueOf(rs.getDouble(i));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = rs.getBytes(i);
                yield bytes == null ? null : TextNode.valueOf(Base64.getEncoder().encodeToString(bytes));
            }
            default -> {
                String text = rs.getString(i);
                yield text == null ? null : TextNode.valueOf(text);
            }
        };
        return value == null || rs.wasNull() ? NullNode.instance : value;
    }

    /** A timestamp the database wrote without a zone, in its zone. */
    TextNode instant(LocalDateTime local) {
        return local == null ? null : TextNode.valueOf(WireDates.isoText(local.atZone(zone).toInstant()));
    }

    private static JsonNode number(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal whole = n.stripTrailingZeros();
        if (whole.scale() <= 0 && whole.precision() - whole.scale() <= 18) {
            return LongNode.valueOf(whole.longValueExact());   // Oracle's NUMBER(19) keys, SQL Server's decimal ids
        }
        return DecimalNode.valueOf(n);
    }

    /** A dossier key as text, alike whichever way it was read (a bigint, Oracle's NUMBER, a text code). */
    static String key(Object key) {
        if (key instanceof JsonNode node) {
            return node.isNumber() ? key(node.decimalValue()) : node.asText();
        }
        if (key instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(key);
    }
}
