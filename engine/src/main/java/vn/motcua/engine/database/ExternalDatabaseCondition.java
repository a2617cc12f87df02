package vn.motcua.engine.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** {@code MOTCUA_DB_URL} is set: use that server and start nothing. */
class ExternalDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return EmbeddedDatabaseCondition.externalConfigured(context);
    }
}
