package vn.motcua.engine;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The engine's features without the web layer: what the engine's integration tests start. */
@SpringBootApplication
public class EngineTestApplication {
}
