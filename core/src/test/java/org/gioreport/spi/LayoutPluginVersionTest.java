package org.gioreport.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.jar.JarEntry;
import org.gioreport.core.testing.TestPluginJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutPluginVersionTest {

    private static final String SOURCE = """
            package demo;
            import org.gioreport.spi.*;
            public final class Versionless implements LayoutPlugin {
                public String id() { return "versionless"; }
                public int spiVersion() { return SPI_VERSION; }
                public FitScore fit(SourceDocument d) { return FitScore.no("never"); }
                public Extraction normalize(SourceDocument d) { return Extraction.notAReport("never"); }
            }
            """;

    @Test
    void aPluginThatDoesNotSayItsVersionReportsItsJarManifestsImplementationVersion(@TempDir Path dir)
            throws Exception {
        Path classes = TestPluginJars.compile(Map.of("demo.Versionless", SOURCE), List.of(TestPluginJars.spiLocation()),
                dir.resolve("classes"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "2.3.1");
        Path jar = dir.resolve("versionless.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("demo/Versionless.class"));
            out.write(Files.readAllBytes(classes.resolve("demo/Versionless.class")));
            out.closeEntry();
        }

        assertEquals("2.3.1", load(jar).version());
        assertEquals("unknown", load(classes).version());
    }

    private LayoutPlugin load(Path location) throws IOException, ReflectiveOperationException {
        URLClassLoader loader = new URLClassLoader(new URL[] {location.toUri().toURL()}, getClass().getClassLoader());
        return (LayoutPlugin) loader.loadClass("demo.Versionless").getConstructor().newInstance();
    }
}
