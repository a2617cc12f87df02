package vn.motcua.engine.database;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Health of the embedded mariadbd process itself: DOWN the moment it is gone and until the
 * watchdog has it running again. The connection check of Spring's {@code db} indicator only says
 * so after the pool's connection timeout, and a server restarted within that time would hide the
 * outage from the operator's monitoring altogether.
 */
@Component("mariadbdHealthIndicator") // shown as "mariadbd" in /actuator/health
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseHealth implements HealthIndicator {

    private final EmbeddedMariaDb db;

    EmbeddedDatabaseHealth(EmbeddedMariaDb db) {
        this.db = db;
    }

    @Override
    public Health health() {
        return db.isAlive() ? Health.up().build() : Health.down().withDetail("mariadbd", "not running").build();
    }
}
