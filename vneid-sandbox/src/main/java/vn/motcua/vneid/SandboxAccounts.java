package vn.motcua.vneid;

import static vn.motcua.db.Tables.VNEID_SANDBOX_ACCOUNT;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.motcua.engine.registry.DemoRegistry;

/** The sandbox's accounts: residents of the sandbox registry with a level and a passcode. */
public class SandboxAccounts {

    public record Account(String idNumber, int level) {
    }

    private final DSLContext sql;
    private final PasswordEncoder passwords;

    SandboxAccounts(DSLContext sql, PasswordEncoder passwords) {
        this.sql = sql;
        this.passwords = passwords;
    }

    /** Creates the demo accounts (README, "Demo accounts") that do not exist yet. */
    void createDemoAccounts() {
        var existing = sql.select(VNEID_SANDBOX_ACCOUNT.ID_NUMBER).from(VNEID_SANDBOX_ACCOUNT)
                .fetchSet(VNEID_SANDBOX_ACCOUNT.ID_NUMBER);
        String hash = null;
        for (DemoRegistry.DemoAccount a : DemoRegistry.ACCOUNTS) {
            if (!existing.contains(a.resident().idNumber())) {
                hash = hash != null ? hash : passwords.encode(DemoRegistry.DEMO_PASSCODE);
                sql.insertInto(VNEID_SANDBOX_ACCOUNT)
                        .set(VNEID_SANDBOX_ACCOUNT.ID_NUMBER, a.resident().idNumber())
                        .set(VNEID_SANDBOX_ACCOUNT.LEVEL, (byte) a.level())
                        .set(VNEID_SANDBOX_ACCOUNT.PASSCODE_HASH, hash)
                        .execute();
            }
        }
    }

    /** The account if the passcode is right; empty for an unknown number or a wrong passcode alike. */
    Optional<Account> authenticate(String idNumber, String passcode) {
        var row = sql.selectFrom(VNEID_SANDBOX_ACCOUNT).where(VNEID_SANDBOX_ACCOUNT.ID_NUMBER.eq(idNumber)).fetchOne();
        if (row == null || passcode == null || !passwords.matches(passcode, row.getPasscodeHash())) {
            return Optional.empty();
        }
        return Optional.of(new Account(row.getIdNumber(), row.getLevel()));
    }

    Optional<Account> find(String idNumber) {
        return sql.selectFrom(VNEID_SANDBOX_ACCOUNT).where(VNEID_SANDBOX_ACCOUNT.ID_NUMBER.eq(idNumber))
                .fetchOptional(r -> new Account(r.getIdNumber(), r.getLevel()));
    }
}
