package org.gioreport.engine.internal.plugins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.function.Consumer;
import org.gioreport.engine.LoadedPlugin;
import org.gioreport.spi.LayoutPlugin;

/**
 * All layout plugins of a run, discovered once: the built-in ones on the class path, then those of each
 * plugin folder. A duplicate id is refused (the first keeps it) with a warning. The warning sink given to
 * {@link #discover} also receives, later, one line for each plugin call that fails or times out.
 */
public final class LayoutPlugins {

    private final List<LoadedPlugin> plugins;
    private final Consumer<String> warnings;

    private LayoutPlugins(List<LoadedPlugin> plugins, Consumer<String> warnings) {
        List<LoadedPlugin> sorted = new ArrayList<>(plugins);
        sorted.sort(PluginSelector.TIE_BREAK);
        this.plugins = Collections.unmodifiableList(sorted);
        this.warnings = warnings;
    }

    /** For tests and embedding: exactly these plugins, all counted as built-in; warnings are dropped. */
    public static LayoutPlugins of(LayoutPlugin... plugins) {
        List<LoadedPlugin> loaded = new ArrayList<>();
        for (LayoutPlugin p : plugins) {
            loaded.add(new LoadedPlugin(p, "built-in", true));
        }
        return new LayoutPlugins(loaded, w -> { });
    }

    /**
     * Discovers the plugins on {@code classLoader}'s class path and in every jar of {@code pluginFolders}.
     * Problems (a broken jar, an incompatible plugin, a duplicate id) go to {@code warnings}, one line each.
     */
    public static LayoutPlugins discover(ClassLoader classLoader, List<Path> pluginFolders,
                                          Consumer<String> warnings) {
        return discover(classLoader, pluginFolders, warnings, Map.of());
    }

    /**
     * Like {@link #discover(ClassLoader, List, Consumer)}, but the jars of {@code refused} are not loaded: their
     * warnings are given instead, in their turn (jars a trial in another process refused, {@link JarTrial}).
     */
    public static LayoutPlugins discover(ClassLoader classLoader, List<Path> pluginFolders,
                                          Consumer<String> warnings, Map<Path, List<String>> refused) {
        List<LoadedPlugin> found = new ArrayList<>(builtIns(classLoader, warnings));
        PluginJarLoader jars = new PluginJarLoader(classLoader, warnings, PluginJarLoader.LOAD_LIMIT, refused);
        for (Path folder : pluginFolders) {
            found.addAll(jars.loadFolder(folder));
        }
        Map<String, LoadedPlugin> byId = new HashMap<>();
        List<LoadedPlugin> kept = new ArrayList<>();
        for (LoadedPlugin p : found) {
            LoadedPlugin first = byId.putIfAbsent(p.id(), p);
            if (first != null) {
                warnings.accept((p.builtIn() ? "built-in plugin " : "plugin jar " + p.origin() + ": plugin ") + p.id()
                        + " refused: the id " + p.id() + " is already taken by "
                        + (first.builtIn() ? "a built-in plugin" : first.origin()));
                continue;
            }
            kept.add(p);
        }
        return new LayoutPlugins(kept, warnings);
    }

    private static List<LoadedPlugin> builtIns(ClassLoader classLoader, Consumer<String> warnings) {
        List<LoadedPlugin> out = new ArrayList<>();
        Iterator<LayoutPlugin> it = PluginServices.providers(classLoader, warnings);
        while (true) {
            LayoutPlugin plugin;
            try {
                if (!it.hasNext()) {
                    break;
                }
                plugin = it.next();
            } catch (ServiceConfigurationError | LinkageError | RuntimeException | StackOverflowError e) {
                warnings.accept("a built-in plugin could not be loaded: " + ThrowableText.rootMessage(e));
                continue;
            }
            LoadedPlugin loaded = SpiCompatibility.admit(plugin, "built-in", true, warnings);
            if (loaded != null) {
                out.add(loaded);
            }
        }
        return out;
    }

    /** Every plugin, built-in first, then by id. */
    public List<LoadedPlugin> plugins() {
        return plugins;
    }

    public Optional<LoadedPlugin> byId(String id) {
        return plugins.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The built-in plugins only, with the warnings of later plugin calls dropped (for calls the user did not ask
     * for: the warm-up). A drop-in plugin's own start-up counts against its calls, and one that hangs cannot
     * stall the warm-up of every worker process.
     */
    public LayoutPlugins builtInsSilenced() {
        return new LayoutPlugins(plugins.stream().filter(LoadedPlugin::builtIn).toList(), w -> { });
    }

    /** One line for the user about a plugin call that failed; the result's diagnostics say it too. */
    void warn(String warning) {
        warnings.accept(warning);
    }
}
