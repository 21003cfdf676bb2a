package vn.dvc.adapter.ledger;

import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.system.ConfigurationError;

/**
 * At every start, whether each configured ledger key is the one its key id stood for in this ledger:
 * a known text sealed with it the first time ({@code ledger_key}, V13) must open to that text. A ledger
 * upgraded from before the check gets its value only after a value already sealed under that id has
 * opened with the key, so a wrong key given at the first start is not taken for the right one. A wrong
 * key stops the start with one line naming the setting (exit 2 for a command); a command started
 * without a key (status, compliance) checks nothing. Created eagerly, also in the commands' small
 * contexts, which create their other beans only when asked.
 */
@Component
@Lazy(false)
public class KeyCheck implements InitializingBean {

    static final String TEXT = "dvcqg-adapter: khoá sổ cái / ledger key";

    /** Where a value sealed before the check may be found, one column after the other. */
    private static final List<String> SEALED = List.of("select last_error from transfer where last_error like ?",
            "select payload from transfer where payload like ?", "select message from transfer_event where message like ?",
            "select detail from reconcile_drift where detail like ?");

    private final JdbcTemplate jdbc;
    private final LedgerCipher cipher;

    public KeyCheck(JdbcTemplate jdbc, LedgerCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public void afterPropertiesSet() {
        for (String id : cipher.keyIds()) {
            List<String> known = jdbc.queryForList("select check_value from ledger_key where key_id = ?", String.class, id);
            if (!known.isEmpty()) {
                require(id, known.get(0), TEXT);
            } else if (id.equals(cipher.keyId())) {
                firstUse(id);
            }
        }
    }

    /** The first start with this key id here: a value sealed under it before (an upgraded ledger) must open; then the check is kept. */
    private void firstUse(String id) {
        String prefix = LedgerCipher.PREFIX + id.replace("_", "\\_") + ":%";
        for (String sql : SEALED) {
            List<String> sealed = jdbc.queryForList(sql + " escape '\\' limit 1", String.class, prefix);
            if (!sealed.isEmpty()) {
                require(id, sealed.get(0), null);
                break;
            }
        }
        try {
            jdbc.update("insert into ledger_key (key_id, check_value, created_at) values (?, ?, ?)", id, cipher.seal(TEXT),
                    Transfers.now());
        } catch (DuplicateKeyException another) {
            // another instance started with it at the same moment: its value is checked at the next start
        }
    }

    /** The sealed value opens with the key configured under its id (to {@code expected}, when given); else the start stops. */
    private void require(String id, String sealed, String expected) {
        String opened;
        try {
            opened = cipher.open(sealed);
        } catch (ConfigurationError wrong) {
            throw wrongKey(id);
        }
        if (expected != null && !expected.equals(opened)) {
            throw wrongKey(id);
        }
    }

    private ConfigurationError wrongKey(String id) {
        String setting = id.equals(cipher.keyId()) ? "adapter.ledger.encryption.key (ADAPTER_LEDGER_ENCRYPTION_KEY)"
                : "adapter.ledger.encryption.previous-keys." + id;
        boolean current = id.equals(cipher.keyId());
        return new ConfigurationError(setting + " không phải khóa đã mã hóa các giá trị của sổ cái này với mã khóa '" + id
                + "': chúng không mở được bằng khóa này. Hãy đặt khóa đã dùng khi ghi chúng"
                + (current ? ", hoặc một key-id mới với khóa này và khóa cũ trong previous-keys" : "")
                + " / is not the key this ledger's values under key id '" + id
                + "' were sealed with: they do not open with it. Give the key they were written with"
                + (current ? ", or a new key-id with this key and the old one under previous-keys" : ""));
    }
}
