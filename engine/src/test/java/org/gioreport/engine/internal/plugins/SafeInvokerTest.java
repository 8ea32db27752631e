package org.gioreport.engine.internal.plugins;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.gioreport.core.testing.TestPluginJars;
import org.gioreport.engine.LoadedPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;


class SafeInvokerTest {

    private final LoadedPlugin plugin = new LoadedPlugin(new SpiCompatibilityTest.Stub("stub", 1), "lib/stub.jar",
            false);

    @Test
    void anExceptionBecomesAFailureNamingThePluginItsJarAndTheCause() {
        try (SafeInvoker invoker = new SafeInvoker(Duration.ofSeconds(5))) {
            PluginFailure failure = assertThrows(PluginFailure.class, () -> invoker.call(plugin, "normalizing a.txt",
                    () -> {
                        throw new IllegalStateException("table 三 has no rows");
                    }));

            assertEquals("PLUGIN_FAILED", failure.code());
            assertEquals("stub", failure.pluginId());
            assertEquals("plugin stub (lib/stub.jar) failed while normalizing a.txt: IllegalStateException: table 三"
                    + " has no rows", failure.getMessage());
        }
    }

    @Test
    void aCallPastTheTimeLimitIsAbandonedAsATimeoutEvenIfItIgnoresInterrupts() {
        // 2 s against a call stuck for 10 minutes, checked within a minute: wide margins on a busy machine
        try (SafeInvoker invoker = new SafeInvoker(Duration.ofSeconds(2))) {
            PluginFailure failure = assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                    assertThrows(PluginFailure.class, () -> invoker.call(plugin, "scoring a.txt", () -> {
                        long end = System.nanoTime() + 600_000_000_000L;
                        while (System.nanoTime() < end) {
                            try {
                                Thread.sleep(20);
                            } catch (InterruptedException ignored) {
                                // a stuck plugin that does not listen
                            }
                        }
                        return null;
                    })));

            assertEquals("PLUGIN_TIMEOUT", failure.code());
            assertEquals("plugin stub (lib/stub.jar) ran past the time limit of 2 s while scoring a.txt; abandoned",
                    failure.getMessage());
        }
    }

    @Test
    void anErrorOtherThanOutOfMemoryIsAFailureToo() {
        try (SafeInvoker invoker = new SafeInvoker(null)) {
            PluginFailure failure = assertThrows(PluginFailure.class, () -> invoker.call(plugin, "scoring a.txt",
                    () -> {
                        throw new NoClassDefFoundError("org/apache/commons/lang3/StringUtils");
                    }));

            assertTrue(failure.getMessage().endsWith("NoClassDefFoundError: org/apache/commons/lang3/StringUtils"),
                    failure.getMessage());
        }
    }

    @Test
    void outOfMemoryErrorEscapes() {
        try (SafeInvoker invoker = new SafeInvoker(null)) {
            assertThrows(OutOfMemoryError.class, () -> invoker.call(plugin, "normalizing a.txt", () -> {
                throw new OutOfMemoryError("simulated");
            }));
        }
    }

    @Test
    void pluginCodeRunsWithThePluginsClassLoaderAsContextClassLoader(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("plugins");
        TestPluginJars.jar(folder, "p", TestPluginJars.plugin("p"));
        LoadedPlugin loaded = new PluginJarLoader(getClass().getClassLoader(), w -> { }).loadFolder(folder).get(0);

        try (SafeInvoker invoker = new SafeInvoker(Duration.ofSeconds(5))) {
            ClassLoader seen = invoker.call(loaded, "scoring", () -> Thread.currentThread().getContextClassLoader());

            assertSame(loaded.plugin().getClass().getClassLoader(), seen);
        } catch (PluginFailure e) {
            throw new AssertionError(e);
        }
    }
}
