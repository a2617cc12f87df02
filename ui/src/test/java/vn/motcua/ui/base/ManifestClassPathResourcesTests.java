package vn.motcua.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestClassPathResourcesTests {

    @TempDir
    Path dir;

    @Test
    void findsTheLibrariesNamedByTheManifestThatHoldServletResources() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        jar(lib.resolve("webjar.jar"), null, "META-INF/resources/plugin/cockpit/app/plugin.js");
        jar(lib.resolve("classes-only.jar"), null, "org/example/Thing.class");
        jar(lib.resolve("other-webjar.jar"), null, "META-INF/resources/webjars/x.css");
        Path app = jar(dir.resolve("motcua.jar"), "lib/webjar.jar lib/classes-only.jar lib/missing.jar lib/other-webjar.jar",
                "vn/motcua/ui/MotCuaApplication.class");

        assertThat(ManifestClassPathResources.resourceJarsNamedBy(app.toString()))
                .containsExactly(lib.resolve("webjar.jar").toUri().toURL(), lib.resolve("other-webjar.jar").toUri().toURL());
    }

    @Test
    void addsNothingForTheSingleExecutableJarDirectoriesOrMissingEntries() throws IOException {
        Path fat = jar(dir.resolve("fat.jar"), null, "BOOT-INF/lib/webjar.jar");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String classPath = String.join(java.io.File.pathSeparator, fat.toString(), classes.toString(),
                dir.resolve("absent.jar").toString(), "");

        assertThat(ManifestClassPathResources.resourceJarsNamedBy(classPath)).isEmpty();
    }

    private static Path jar(Path path, String classPath, String entry) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        try (OutputStream out = Files.newOutputStream(path); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new JarEntry(entry));
            jar.write(1);
            jar.closeEntry();
        }
        return path;
    }
}
