package org.gioreport.engine.internal.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.gioreport.engine.LoadedPlugin;
import org.gioreport.spi.SourceDocument;

/**
 * A drop-in jar tried as the run will use it: its plugins loaded (constructors, {@code id()}, {@code version()})
 * and each asked to {@code fit} an empty document. Meant to run in a process of its own before the run loads the
 * jar: a jar whose code ends or hangs that process is refused, and the run goes on with the others.
 */
public final class JarTrial {

    /** The most a plugin's fit on the empty document may take; a slower one is abandoned, not refused. */
    static final Duration FIT_LIMIT = Duration.ofSeconds(5);
    private static final SourceDocument EMPTY = SourceDocument.ofText("empty.txt", "");

    private JarTrial() {
    }

    /** What trying a jar found: whether any of its plugins would be used, and the warnings loading it gave. */
    public record Outcome(boolean used, List<String> warnings) {

        public Outcome {
            warnings = List.copyOf(warnings);
        }
    }

    /** Every jar of the plugin folders, as a run loads them; a folder that cannot be listed has none. */
    public static List<Path> jarsIn(List<Path> pluginFolders) {
        List<Path> jars = new ArrayList<>();
        for (Path folder : pluginFolders) {
            if (Files.isDirectory(folder)) {
                try {
                    jars.addAll(PluginJarLoader.jarsIn(folder));
                } catch (IOException | RuntimeException e) {
                    // loading the folder will say so
                }
            }
        }
        return jars;
    }

    /** Loads the jar's plugins on {@code parent} and asks each to fit an empty document. */
    public static Outcome run(ClassLoader parent, Path jar) {
        List<String> warnings = new ArrayList<>();
        Consumer<String> sink = warnings::add;
        List<LoadedPlugin> loaded = new PluginJarLoader(parent, sink).loadJar(jar);
        try (SafeInvoker invoker = new SafeInvoker(FIT_LIMIT)) {
            for (LoadedPlugin plugin : loaded) {
                try {
                    invoker.call(plugin, "scoring an empty document", () -> plugin.plugin().fit(EMPTY));
                } catch (PluginFailure failure) {
                    // a plugin failing on one document costs that document, not the jar
                }
            }
        }
        return new Outcome(!loaded.isEmpty(), warnings);
    }
}
