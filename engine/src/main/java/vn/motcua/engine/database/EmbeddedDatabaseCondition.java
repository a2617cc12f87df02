package vn.motcua.engine.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The embedded server starts only when no external database URL is configured. */
class EmbeddedDatabaseCondition implements Condition {

    static boolean externalConfigured(ConditionContext context) {
        return externalConfigured(context.getEnvironment());
    }

    static boolean externalConfigured(org.springframework.core.env.Environment environment) {
        String url = environment.getProperty("motcua.db.url");
        return url != null && !url.isBlank();
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !externalConfigured(context);
    }
}
