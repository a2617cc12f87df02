package vn.motcua.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Marks what seeds demonstration data (the generated residents registry, the demo people, units
 * and civil servants): it exists only while {@code motcua.demo.enabled} is true, the default of a
 * laptop run. The {@code prod} profile switches it off, and {@code ProductionGuard} refuses to
 * start {@code prod} with it on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = OnlyWithDemoData.PROPERTY, havingValue = "true", matchIfMissing = true)
public @interface OnlyWithDemoData {

    String PROPERTY = "motcua.demo.enabled";
}
