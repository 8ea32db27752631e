package org.gioreport.engine.internal.plugins;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gioreport.core.testing.TestPluginJars;
import org.gioreport.engine.LoadedPlugin;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.FitScore;
import org.gioreport.spi.LayoutPlugin;
import org.gioreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


class SpiCompatibilityTest {

    private final List<String> refusals = new ArrayList<>();

    @Test
    void aPluginBuiltAgainstThisSpiIsAdmittedWithItsIdAndVersion() {
        LoadedPlugin p = SpiCompatibility.admit(new Stub("ok", LayoutPlugin.SPI_VERSION), "x.jar", false,
                refusals::add);

        assertNotNull(p);
        assertEquals("ok", p.id());
        assertEquals("9.9", p.version());
        assertEquals(List.of(), refusals);
    }

    @Test
    void aPluginBuiltAgainstAnotherSpiVersionIsRefusedWithTheSupportedVersions() {
        assertNull(SpiCompatibility.admit(new Stub("future", LayoutPlugin.SPI_VERSION + 1), "x.jar", false,
                refusals::add));

        assertEquals(List.of("plugin future (" + Stub.class.getName() + ") refused: it was built against SPI version "
                + (LayoutPlugin.SPI_VERSION + 1) + ", this gioreport supports SPI version " + LayoutPlugin.SPI_VERSION),
                refusals);
    }

    @Test
    void aPluginWithABlankIdIsRefused() {
        assertNull(SpiCompatibility.admit(new Stub(" ", LayoutPlugin.SPI_VERSION), "x.jar", false, refusals::add));

        assertEquals(List.of("plugin " + Stub.class.getName() + " refused: its id is empty"), refusals);
    }

    @Test
    void aPluginWhoseIdThrowsIsRefusedNotACrash() {
        LayoutPlugin throwing = new Stub("x", 1) {
            @Override
            public String id() {
                throw new UnsupportedOperationException("not configured");
            }
        };

        assertNull(SpiCompatibility.admit(throwing, "x.jar", false, refusals::add));

        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).contains("does not implement this SPI (UnsupportedOperationException: not"
                + " configured); supported SPI versions: " + LayoutPlugin.SPI_VERSION), refusals.get(0));
    }

    @Test
    void aPluginCompiledAgainstAnInterfaceWithoutSpiVersionIsRefusedNotACrash(@TempDir Path dir) throws IOException {
        // an older FormatPlugin (the SPI type's name before LayoutPlugin) without spiVersion(): the compiled plugin has
        // no such method at all
        String oldSpi = "package org.gioreport.spi;\n"
                + "public interface FormatPlugin {\n"
                + "  String id(); String version();\n"
                + "  FitScore fit(SourceDocument d); Extraction normalize(SourceDocument d);\n"
                + "}\n";
        String plugin = "package old;\n"
                + "import org.gioreport.spi.*;\n"
                + "public final class OldPlugin implements FormatPlugin {\n"
                + "  public String id() { return \"old\"; }\n"
                + "  public String version() { return \"0.0\"; }\n"
                + "  public FitScore fit(SourceDocument d) { return FitScore.no(\"\"); }\n"
                + "  public Extraction normalize(SourceDocument d) { return Extraction.notAReport(\"\"); }\n"
                + "}\n";
        Path classes = TestPluginJars.compile(
                Map.of("org.gioreport.spi.FormatPlugin", oldSpi, "old.OldPlugin", plugin),
                List.of(TestPluginJars.spiLocation()), dir.resolve("classes"));
        java.nio.file.Files.delete(classes.resolve("org/gioreport/spi/FormatPlugin.class")); // the host has its own
        Path jar = TestPluginJars.jar(dir.resolve("plugins"), "old", classes, List.of("old.OldPlugin"));
        List<String> warnings = new ArrayList<>();

        List<LoadedPlugin> loaded = new PluginJarLoader(getClass().getClassLoader(), warnings::add).loadJar(jar);

        assertEquals(List.of(), loaded);
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("plugin jar " + jar + ": plugin old.OldPlugin refused: it does not"
                + " implement this SPI (AbstractMethodError"), warnings.get(0));
    }

    @Test
    void aPluginWhoseIdOverflowsTheStackIsRefusedWithOneReason() {
        LayoutPlugin recursive = new Stub("unused", LayoutPlugin.SPI_VERSION) {
            @Override
            public String id() {
                return id();
            }
        };

        assertNull(SpiCompatibility.admit(recursive, "x.jar", false, refusals::add));
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).contains("StackOverflowError"), refusals.get(0));
    }

    static class Stub implements LayoutPlugin {
        private final String id;
        private final int spi;

        Stub(String id, int spi) {
            this.id = id;
            this.spi = spi;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String version() {
            return "9.9";
        }

        @Override
        public int spiVersion() {
            return spi;
        }

        @Override
        public FitScore fit(SourceDocument document) {
            return FitScore.no("stub");
        }

        @Override
        public Extraction normalize(SourceDocument document) {
            return Extraction.notAReport("stub");
        }
    }
}
