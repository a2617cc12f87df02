package vn.motcua.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port with its own embedded MariaDB. Every test class with this
 * annotation shares one Spring context (and so one database) per test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability(tracing = false) // tests switch metrics export off unless asked
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "motcua.data-dir=target/test-data/${random.uuid}",
        "motcua.admin.password=ui-test-secret",
        "motcua.engine-rest.enabled=true"})
public @interface PortalTest {
}
