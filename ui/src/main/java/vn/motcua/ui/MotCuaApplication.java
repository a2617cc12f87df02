package vn.motcua.ui;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** MotCua, the one-stop public-service portal. Scans the engine's and the UI's features. */
@SpringBootApplication(scanBasePackages = "vn.motcua")
public class MotCuaApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(MotCuaApplication.class);
        vn.motcua.engine.database.SigtermDuringStartup.install(application);
        vn.motcua.engine.database.EarlyEmbeddedDatabase.install(application);
        application.run(args);
    }
}
