package vn.motcua.ui.base;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.WebResourceRoot;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Serves the {@code META-INF/resources} of the libraries a jar names in its manifest's
 * {@code Class-Path}, as a servlet container does for the jars of a web application.
 *
 * <p>{@code scripts/run.sh} runs MotCua from the layout Spring Boot's {@code extract} makes
 * ({@code ui/target/motcua/motcua.jar} with its libraries in {@code lib/}, which starts faster and
 * lets the JVM share its classes between runs). Spring Boot's Tomcat only looks for such resources
 * in the jars on {@code java.class.path} and inside the executable jar, so without this the
 * servlet context would lack, e.g., the plug-in scripts of Camunda's Cockpit, which Camunda reads
 * through the servlet context. From the single executable jar the manifest names no libraries and
 * this adds nothing.
 */
@Component
class ManifestClassPathResources implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final String RESOURCES = "META-INF/resources";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        List<URL> resourceJars = resourceJarsNamedBy(ManagementFactory.getRuntimeMXBean().getClassPath());
        if (resourceJars.isEmpty()) {
            return;
        }
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.CONFIGURE_START_EVENT.equals(event.getType())) {
                for (URL jar : resourceJars) {
                    context.getResources().createWebResourceSet(
                            WebResourceRoot.ResourceSetType.RESOURCE_JAR, "/", jar, "/" + RESOURCES);
                }
            }
        }));
    }

    /**
     * The jars named by the {@code Class-Path} manifest attribute of the jars on the given class
     * path that hold a {@code META-INF/resources} directory, in manifest order.
     */
    static List<URL> resourceJarsNamedBy(String classPath) {
        List<URL> found = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path jar = Path.of(entry).toAbsolutePath();
            if (!entry.isBlank() && Files.isRegularFile(jar)) {
                for (Path named : manifestClassPath(jar)) {
                    if (Files.isRegularFile(named) && hasResources(named)) {
                        found.add(toUrl(named));
                    }
                }
            }
        }
        return found;
    }

    private static List<Path> manifestClassPath(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null) {
                return List.of();
            }
            // entries are URLs relative to the jar's own location (JAR file specification)
            URI base = jar.getParent().toUri();
            List<Path> named = new ArrayList<>();
            for (String relative : classPath.trim().split("\\s+")) {
                URI resolved = base.resolve(relative);
                if ("file".equals(resolved.getScheme())) {
                    named.add(Path.of(resolved));
                }
            }
            return named;
        } catch (IOException e) {
            // not a jar (e.g. a directory of classes on the path): it names no libraries
            return List.of();
        }
    }

    private static boolean hasResources(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getEntry(RESOURCES + "/") != null
                    || file.stream().anyMatch(e -> e.getName().startsWith(RESOURCES + "/"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }

    private static URL toUrl(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(jar + " has no URL", e);
        }
    }
}
