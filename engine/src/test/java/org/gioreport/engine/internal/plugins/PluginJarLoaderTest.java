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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;


class PluginJarLoaderTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final PluginJarLoader loader = new PluginJarLoader(getClass().getClassLoader(), warnings::add);

    @Test
    void aWorkingJarGivesItsPluginWithTheJarAsOriginOnItsOwnClassLoader() throws IOException {
        Path jar = TestPluginJars.jar(dir, "good", plugin("good"));

        List<LoadedPlugin> loaded = loader.loadFolder(dir);

        assertEquals(List.of(), warnings);
        assertEquals(1, loaded.size());
        LoadedPlugin p = loaded.get(0);
        assertEquals("good", p.id());
        assertEquals("0.1-test", p.version());
        assertEquals(jar.toString(), p.origin());
        assertFalse(p.builtIn());
        assertNotSame(getClass().getClassLoader(), p.plugin().getClass().getClassLoader());
    }

    @Test
    void aCorruptJarIsOneWarningThatNamesTheJarAndSaysItIsNotReadable() throws IOException {
        Path jar = TestPluginJars.corruptJar(dir, "corrupt");

        assertEquals(List.of(), loader.loadFolder(dir));

        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("plugin jar " + jar + " skipped: not a readable jar"), warnings.get(0));
    }

    @Test
    void aJarWithoutAServicesEntryIsOneWarningThatSaysItDeclaresNoPlugin() throws IOException {
        Path jar = TestPluginJars.jar(dir, "library", null, null);

        assertEquals(List.of(), loader.loadJar(jar));

        assertEquals(List.of("plugin jar " + jar + " skipped: it declares no layout plugin (no "
                + PluginServices.SERVICE_FILE + " entry)"), warnings);
    }

    @Test
    void aConstructorThatThrowsCostsOnlyThatPluginAndTheJarsOtherPluginLoads() throws IOException {
        Path jar = TestPluginJars.jar(dir, "two", plugin("broken").constructor("throw new IllegalStateException("
                + "\"no licence file\");"), plugin("fine"));

        List<LoadedPlugin> loaded = loader.loadJar(jar);

        assertEquals(List.of("fine"), loaded.stream().map(LoadedPlugin::id).toList());
        assertEquals(1, warnings.size(), warnings::toString);
        String w = warnings.get(0);
        assertTrue(w.startsWith("plugin jar " + jar + ": a plugin could not be loaded: Provider"), w);
        assertTrue(w.contains("test.plugins.BrokenPlugin could not be instantiated"), w);
        assertTrue(w.contains("IllegalStateException: no licence file"), w);
    }

    @Test
    void aProviderClassMissingFromTheJarIsOneWarningNamingTheClass() throws IOException {
        Path jar = TestPluginJars.jar(dir, "missing", null, List.of("com.example.NotPackaged"));

        assertEquals(List.of(), loader.loadJar(jar));

        assertEquals(1, warnings.size(), warnings::toString);
        assertEquals(List.of("plugin jar " + jar + ": a plugin could not be loaded: Provider com.example.NotPackaged"
                + " not found"), warnings);
    }

    @Test
    void aServicesFileTheJdkCannotParseEndsWithAFewWarningsNotAnEndlessLoop() throws IOException {
        Path jar = TestPluginJars.jar(dir, "garbled", null, List.of("not a class name!", "also bad?"));

        assertEquals(List.of(), loader.loadJar(jar));

        assertFalse(warnings.isEmpty());
        assertTrue(warnings.size() <= 11, warnings::toString);
        assertTrue(warnings.stream().allMatch(w -> w.startsWith("plugin jar " + jar)), warnings::toString);
        assertTrue(warnings.get(0).endsWith("Illegal configuration-file syntax"), warnings.get(0));
    }

    @Test
    void aJarDoesNotFindTheHostsOwnPluginsAgainThroughItsClassLoader() throws IOException {
        Path hostJar = TestPluginJars.jar(dir.resolve("host"), "host", plugin("host-plugin"));
        Path dropIn = TestPluginJars.jar(dir.resolve("drop-in"), "drop-in", plugin("drop-in"));
        try (URLClassLoader host = new URLClassLoader(new URL[] {hostJar.toUri().toURL()},
                getClass().getClassLoader())) {
            List<LoadedPlugin> loaded = new PluginJarLoader(host, warnings::add).loadJar(dropIn);

            assertEquals(List.of("drop-in"), loaded.stream().map(LoadedPlugin::id).toList());
            assertEquals(List.of(), warnings);
        }
    }

    @Test
    void aFolderThatDoesNotExistIsOneWarning() {
        Path missing = dir.resolve("nowhere");

        assertEquals(List.of(), loader.loadFolder(missing));

        assertEquals(List.of("plugin folder " + missing + " does not exist or is not a folder; skipped"), warnings);
    }

    @Test
    void onlyJarFilesOfTheFolderAreRead() throws IOException {
        TestPluginJars.write(dir.resolve("README.txt"), "not a plugin");
        TestPluginJars.write(dir.resolve("sub/inner.jar"), "a jar in a sub-folder is not read");
        java.nio.file.Files.createDirectories(dir.resolve("folder.jar"));
        TestPluginJars.jar(dir, "good", plugin("good"));

        assertEquals(List.of("good"), loader.loadFolder(dir).stream().map(LoadedPlugin::id).toList());
        assertEquals(List.of(), warnings);
    }

    @Test
    void theRootMessageNamesTheUnderlyingCause() {
        var e = new RuntimeException("outer", new IllegalArgumentException("inner"));

        assertEquals("outer (IllegalArgumentException: inner)", ThrowableText.rootMessage(e));
        assertEquals("IllegalStateException", ThrowableText.rootMessage(new IllegalStateException()));
    }

    @Test
    void aJarWhosePluginConstructorNeverReturnsIsRefusedWithOneWarningWithinTheLoadingLimit() throws IOException {
        Path jar = TestPluginJars.jar(dir, "stuck", plugin("stuck").constructor(TestPluginJars.hangFor(20)));
        PluginJarLoader quick = new PluginJarLoader(getClass().getClassLoader(), warnings::add,
                java.time.Duration.ofSeconds(1));

        long start = System.nanoTime();
        List<LoadedPlugin> loaded = quick.loadJar(jar);

        assertTrue(System.nanoTime() - start < 15_000_000_000L, "the loading limit was not kept");
        assertEquals(List.of(), loaded);
        assertEquals(List.of("plugin jar " + jar + " refused: loading its plugins (constructors, id(), version())"
                + " took longer than 1 s; none of its plugins is used"), warnings);
    }
}
