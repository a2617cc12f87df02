package vn.motcua.engine;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Legal deadlines and audit times are in Vietnam's time zone, whatever the server's zone is. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(VietnamTime.ZONE);
    }
}
