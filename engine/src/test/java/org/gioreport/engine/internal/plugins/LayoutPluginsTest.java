package org.gioreport.engine.internal.plugins;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gioreport.core.testing.TestPluginJars;
import org.gioreport.engine.LoadedPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.gioreport.core.testing.TestPluginJars.plugin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


class LayoutPluginsTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void builtInAndDropInPluginsAreListedBuiltInFirstThenById() throws IOException {
        try (URLClassLoader host = hostWith(plugin("zeta-built-in"), plugin("alpha-built-in"))) {
            Path folder = dir.resolve("plugins");
            TestPluginJars.jar(folder, "drop-ins", plugin("beta"), plugin("aaa"));

            LayoutPlugins registry = LayoutPlugins.discover(host, List.of(folder), warnings::add);

            assertEquals(List.of("alpha-built-in", "zeta-built-in", "aaa", "beta"),
                    registry.plugins().stream().map(LoadedPlugin::id).toList());
            assertEquals(List.of(true, true, false, false),
                    registry.plugins().stream().map(LoadedPlugin::builtIn).toList());
            assertEquals(List.of(), warnings);
        }
    }

    @Test
    void aDropInPluginWithTheIdOfABuiltInIsRefusedAndTheBuiltInKept() throws IOException {
        try (URLClassLoader host = hostWith(plugin("same"))) {
            Path jar = TestPluginJars.jar(dir.resolve("plugins"), "copycat", plugin("same"));

            LayoutPlugins registry = LayoutPlugins.discover(host, List.of(jar.getParent()), warnings::add);

            assertEquals(1, registry.plugins().size());
            assertTrue(registry.byId("same").orElseThrow().builtIn());
            assertEquals(List.of("plugin jar " + jar + ": plugin same refused: the id same is already taken by a"
                    + " built-in plugin"), warnings);
        }
    }

    @Test
    void twoDropInJarsWithOneIdKeepTheFirstFolderGivenAndNameBothJars() throws IOException {
        Path first = TestPluginJars.jar(dir.resolve("first"), "a", plugin("twin"));
        Path second = TestPluginJars.jar(dir.resolve("second"), "b", plugin("twin"));

        LayoutPlugins registry = LayoutPlugins.discover(getClass().getClassLoader(),
                List.of(first.getParent(), second.getParent()), warnings::add);

        assertEquals(first.toString(), registry.byId("twin").orElseThrow().origin());
        assertEquals(List.of("plugin jar " + second + ": plugin twin refused: the id twin is already taken by "
                + first), warnings);
    }

    @Test
    void brokenJarsCostOneWarningEachAndTheGoodPluginBesideThemLoads() throws IOException {
        Path folder = dir.resolve("plugins");
        TestPluginJars.corruptJar(folder, "a-corrupt");
        TestPluginJars.jar(folder, "b-future", plugin("future").spiVersion(99));
        TestPluginJars.jar(folder, "c-constructor", plugin("constructor").constructor("throw new RuntimeException();"));
        TestPluginJars.jar(folder, "d-good", plugin("good"));

        LayoutPlugins registry = LayoutPlugins.discover(getClass().getClassLoader(), List.of(folder), warnings::add);

        assertEquals(List.of("good"), registry.plugins().stream().map(LoadedPlugin::id).toList());
        assertEquals(3, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).contains("a-corrupt.jar skipped: not a readable jar"), warnings.get(0));
        assertTrue(warnings.get(1).contains("b-future.jar: plugin future"), warnings.get(1));
        assertTrue(warnings.get(1).contains("built against SPI version 99"), warnings.get(1));
        assertTrue(warnings.get(2).contains("c-constructor.jar: a plugin could not be loaded"), warnings.get(2));
    }

    private URLClassLoader hostWith(TestPluginJars.Spec... builtIns) throws IOException {
        Path jar = TestPluginJars.jar(dir.resolve("host"), "host", builtIns);
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
    }
}
