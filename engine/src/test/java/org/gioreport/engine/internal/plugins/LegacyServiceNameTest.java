package org.gioreport.engine.internal.plugins;

import static org.gioreport.core.testing.TestPluginJars.plugin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gioreport.core.testing.TestPluginJars;
import org.gioreport.engine.LoadedPlugin;
import org.gioreport.spi.LayoutPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drop-in jars built before the SPI type was renamed from {@code FormatPlugin} to {@link LayoutPlugin} register
 * their plugins in {@code META-INF/services/org.gioreport.spi.FormatPlugin}: they still load, each with one warning
 * that names the old file and what to rename it to.
 */
class LegacyServiceNameTest {

    private static final String OLD_NAME = "org.gioreport.spi.FormatPlugin";
    private static final String NEW_NAME = "org.gioreport.spi.LayoutPlugin";

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void aJarBuiltAgainstTheOldNameLoadsWithOneWarningSayingWhatToRenameItsServicesFileTo() throws IOException {
        String source = "package old;\n"
                + "import org.gioreport.spi.*;\n"
                + "public final class OldNamePlugin implements FormatPlugin {\n"
                + "  public String id() { return \"old-name\"; }\n"
                + "  public int spiVersion() { return SPI_VERSION; }\n"
                + "  public FitScore fit(SourceDocument d) { return FitScore.of(0.7, \"old\"); }\n"
                + "  public Extraction normalize(SourceDocument d) { return Extraction.notAReport(\"old\"); }\n"
                + "}\n";
        Path classes = TestPluginJars.compile(Map.of("old.OldNamePlugin", source),
                List.of(TestPluginJars.spiLocation()), dir.resolve("classes"));
        Path jar = TestPluginJars.jar(dir.resolve("plugins"), "old", classes, List.of("old.OldNamePlugin"), OLD_NAME);

        LayoutPlugins plugins = LayoutPlugins.discover(getClass().getClassLoader(), List.of(jar.getParent()),
                warnings::add);

        LoadedPlugin loaded = plugins.byId("old-name").orElseThrow();
        assertEquals(List.of(jar.toString(), "old.OldNamePlugin"),
                List.of(loaded.origin(), loaded.plugin().getClass().getName()));
        assertEquals(List.of(renameWarning("plugin jar " + jar)), warnings);
    }

    @Test
    void aPluginOfTheNewTypeListedInAnOldNameServicesFileLoadsToo() throws IOException {
        // a template-toolkit plugin (TextLayoutPlugin implements LayoutPlugin) whose jar kept the old file name
        Path classes = TestPluginJars.compile(dir.resolve("classes"), plugin("kept-old-file"));
        Path jar = TestPluginJars.jar(dir.resolve("plugins"), "kept", classes,
                List.of(plugin("kept-old-file").className()), OLD_NAME);

        LayoutPlugins plugins = LayoutPlugins.discover(getClass().getClassLoader(), List.of(jar.getParent()),
                warnings::add);

        assertEquals(jar.toString(), plugins.byId("kept-old-file").orElseThrow().origin());
        assertEquals(List.of(renameWarning("plugin jar " + jar)), warnings);
    }

    @Test
    void aJarWithBothServicesFilesLoadsItsPluginOnceAndWithoutWarning() throws IOException {
        Path classes = TestPluginJars.compile(dir.resolve("classes"), plugin("both-names"));
        Path jar = TestPluginJars.jar(dir.resolve("plugins"), "both", classes,
                List.of(plugin("both-names").className()), NEW_NAME, OLD_NAME);

        LayoutPlugins plugins = LayoutPlugins.discover(getClass().getClassLoader(), List.of(jar.getParent()),
                warnings::add);

        assertEquals(1, plugins.plugins().stream().filter(p -> p.id().equals("both-names")).count());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aBuiltInPluginOnTheClassPathUnderTheOldNameLoadsWithTheWarning() throws IOException {
        Path classes = TestPluginJars.compile(dir.resolve("classes"), plugin("old-built-in"));
        Path jar = TestPluginJars.jar(dir.resolve("host"), "host", classes,
                List.of(plugin("old-built-in").className()), OLD_NAME);

        try (URLClassLoader host = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            LayoutPlugins plugins = LayoutPlugins.discover(host, List.of(), warnings::add);

            assertEquals(true, plugins.byId("old-built-in").orElseThrow().builtIn());
        }
        assertEquals(List.of(renameWarning("plugin jar " + jar)), warnings);
    }

    private static String renameWarning(String where) {
        return where + ": its plugins are registered in META-INF/services/" + OLD_NAME + ", the name from before the"
                + " SPI type was renamed; they load, but rename the file to META-INF/services/" + NEW_NAME
                + " (the old name is read only until a later SPI version)";
    }
}
