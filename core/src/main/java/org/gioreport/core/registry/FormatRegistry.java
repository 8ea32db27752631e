package org.gioreport.core.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.gioreport.spi.FormatPlugin;

/**
 * All format plugins of a run, discovered once: the built-in ones on the class path, then those of each
 * plugin folder. A duplicate id is refused (the first keeps it) with a warning.
 */
public final class FormatRegistry {

    private final List<LoadedPlugin> plugins;

    private FormatRegistry(List<LoadedPlugin> plugins) {
        this.plugins = List.copyOf(plugins);
    }

    /** For tests and embedding: exactly these plugins, all counted as built-in. */
    public static FormatRegistry of(FormatPlugin... plugins) {
        List<LoadedPlugin> loaded = new ArrayList<>();
        for (FormatPlugin p : plugins) {
            loaded.add(new LoadedPlugin(p, "built-in", true));
        }
        return new FormatRegistry(loaded);
    }

    /**
     * Discovers the plugins on {@code classLoader}'s class path and in every jar of {@code pluginFolders}.
     * Problems (a broken jar, an incompatible plugin, a duplicate id) go to {@code warnings}, one line each.
     */
    public static FormatRegistry discover(ClassLoader classLoader, List<Path> pluginFolders,
                                          Consumer<String> warnings) {
        List<LoadedPlugin> found = new ArrayList<>(builtIns(classLoader, warnings));
        PluginJarLoader jars = new PluginJarLoader(classLoader, warnings);
        for (Path folder : pluginFolders) {
            found.addAll(jars.loadFolder(folder));
        }
        Map<String, LoadedPlugin> byId = new HashMap<>();
        List<LoadedPlugin> kept = new ArrayList<>();
        for (LoadedPlugin p : found) {
            LoadedPlugin first = byId.putIfAbsent(p.id(), p);
            if (first != null) {
                warnings.accept("plugin " + p.id() + " from " + p.origin() + " refused: the id is already taken by "
                        + first.origin());
                continue;
            }
            kept.add(p);
        }
        return new FormatRegistry(kept);
    }

    private static List<LoadedPlugin> builtIns(ClassLoader classLoader, Consumer<String> warnings) {
        List<LoadedPlugin> out = new ArrayList<>();
        Iterator<FormatPlugin> it = ServiceLoader.load(FormatPlugin.class, classLoader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                FormatPlugin plugin = it.next();
                String refusal = SpiCompatibility.check(plugin);
                if (refusal != null) {
                    warnings.accept(refusal);
                    continue;
                }
                out.add(new LoadedPlugin(plugin, "built-in", true));
            } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
                warnings.accept("a built-in plugin could not be loaded: " + PluginJarLoader.rootMessage(e));
            }
        }
        return out;
    }

    /** Every plugin, built-in first, then by id. */
    public List<LoadedPlugin> plugins() {
        List<LoadedPlugin> sorted = new ArrayList<>(plugins);
        sorted.sort(PluginSelector.TIE_BREAK);
        return Collections.unmodifiableList(sorted);
    }

    public Optional<LoadedPlugin> byId(String id) {
        return plugins.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
