package vn.motcua.engine.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Camunda administrator (Cockpit, Tasklist, Admin, REST API).
 *
 * @param user             account id
 * @param password         from {@code MOTCUA_ADMIN_PASSWORD}; when set it is the account's password
 * @param generatePassword when no password is configured and the account does not exist yet,
 *                         generate one and print it once; false in the {@code prod} profile
 */
@ConfigurationProperties("motcua.admin")
record AdminProperties(
        @DefaultValue("admin") String user,
        String password,
        @DefaultValue("true") boolean generatePassword) {

    boolean passwordConfigured() {
        return password != null && !password.isBlank();
    }
}
