package org.gioreport.core.registry;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.gioreport.spi.FormatPlugin;

/**
 * Loads drop-in plugin jars: each jar gets its own class loader, its providers are found with
 * {@link ServiceLoader}, and each provider is instantiated inside its own try/catch, so a broken jar or
 * plugin costs one warning, never the run. Only folders the user names (or the documented defaults) are read.
 */
final class PluginJarLoader {

    private final ClassLoader parent;
    private final Consumer<String> warnings;

    PluginJarLoader(ClassLoader parent, Consumer<String> warnings) {
        this.parent = parent;
        this.warnings = warnings;
    }

    List<LoadedPlugin> loadFolder(Path folder) {
        List<LoadedPlugin> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            warnings.accept("plugin folder " + folder + " does not exist or is not a folder; skipped");
            return out;
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            warnings.accept("plugin folder " + folder + " cannot be read (" + e.getMessage() + "); skipped");
            return out;
        }
        for (Path jar : jars) {
            out.addAll(loadJar(jar));
        }
        return out;
    }

    List<LoadedPlugin> loadJar(Path jar) {
        List<LoadedPlugin> out = new ArrayList<>();
        try (JarFile ignored = new JarFile(jar.toFile())) {
            // opened only to prove it is a readable jar before a class loader is made for it
        } catch (IOException | SecurityException e) {
            warnings.accept("plugin jar " + jar + " skipped: not a readable jar (" + e.getMessage() + ")");
            return out;
        }
        URLClassLoader loader;
        try {
            loader = new URLClassLoader("plugin:" + jar.getFileName(), new URL[] {jar.toUri().toURL()}, parent);
        } catch (MalformedURLException e) {
            warnings.accept("plugin jar " + jar + " skipped: " + e.getMessage());
            return out;
        }
        Iterator<FormatPlugin> providers = ServiceLoader.load(FormatPlugin.class, loader).iterator();
        int found = 0;
        while (true) {
            FormatPlugin plugin;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                plugin = providers.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                warnings.accept("plugin jar " + jar + ": a plugin could not be loaded: " + rootMessage(e));
                continue;
            } catch (RuntimeException e) {
                warnings.accept("plugin jar " + jar + ": a plugin failed while starting: " + rootMessage(e));
                continue;
            }
            if (plugin.getClass().getClassLoader() != loader) {
                continue; // a built-in plugin seen through the parent loader
            }
            found++;
            String refusal = SpiCompatibility.check(plugin);
            if (refusal != null) {
                warnings.accept("plugin jar " + jar + ": " + refusal);
                continue;
            }
            out.add(new LoadedPlugin(plugin, jar.toString(), false));
        }
        if (found == 0) {
            warnings.accept("plugin jar " + jar + " holds no format plugin (no META-INF/services/"
                    + FormatPlugin.class.getName() + " entry that loads)");
        }
        return out;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String text = root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return root == e ? text : e.getMessage() + " (" + text + ")";
    }
}
