package vn.motcua.e2e.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One MotCua on a fresh database for all browser journeys of this test JVM (starting it takes
 * tens of seconds). It is stopped, cleanly, when the test run ends.
 */
public class SharedPortal implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPortal.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        portal(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MotCuaServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return portal(context);
    }

    private static MotCuaServer portal(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("portal", key -> new Running(MotCuaServer.onFreshDataDir("portal").start()),
                        Running.class)
                .server();
    }

    /** Closed by JUnit when the root context closes, i.e. after the last test. */
    private record Running(MotCuaServer server) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            server.close();
        }
    }
}
