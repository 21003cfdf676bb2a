package vn.dvc.adapter.ledger;

import java.sql.Types;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Parameters whose nulls are bound as JDBC's {@code NULL} type. Left untyped, Spring asks the driver
 * for the type of each null parameter of each row: on H2 a parameter-metadata and a database-metadata
 * object for every null, 1.5% of a 100,000-dossier sync, whose rows are mostly nulls (no failure, no
 * hold). A null's type changes nothing in what is stored: H2 stores a null whatever its type, and for
 * PostgreSQL Spring binds its nulls as {@code NULL} already.
 */
final class TypedNulls extends MapSqlParameterSource {

    private static final SqlParameterValue NULL = new SqlParameterValue(Types.NULL, null);

    /**
     * A null as a value that carries its type, not as a type registered for the name: a batch declares
     * each parameter's type from its first row, and a later row's text bound with the first row's NULL
     * type is refused by PostgreSQL's driver.
     */
    @Override
    public Object getValue(String name) {
        Object value = super.getValue(name);
        return value == null ? NULL : value;
    }

    /** Positional arguments, each null as {@code NULL}. */
    static Object[] args(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                values[i] = NULL;
            }
        }
        return values;
    }
}
