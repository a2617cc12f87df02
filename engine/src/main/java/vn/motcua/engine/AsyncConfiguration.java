package vn.motcua.engine;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Work after the commit (e-mails) runs on Spring Boot's task executor, and periodic work (sending
 * outstanding e-mails again) on its scheduler.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class AsyncConfiguration {
}
