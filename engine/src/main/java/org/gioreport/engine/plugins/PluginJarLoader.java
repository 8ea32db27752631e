package org.gioreport.engine.plugins;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
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

    static final String SERVICE_FILE = "META-INF/services/" + FormatPlugin.class.getName();

    /** A services file the JDK cannot parse may fail again on every step; give up on the jar after this many. */
    private static final int MAX_ERRORS_PER_JAR = 10;

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
            jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).filter(Files::isRegularFile)
                    .sorted().toList();
        } catch (IOException | RuntimeException e) {
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
        String where = "plugin jar " + jar;
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getEntry(SERVICE_FILE) == null) {
                warnings.accept(where + " skipped: it declares no format plugin (no " + SERVICE_FILE + " entry)");
                return out;
            }
        } catch (IOException | SecurityException e) {
            warnings.accept(where + " skipped: not a readable jar (" + rootMessage(e) + ")");
            return out;
        }
        JarClassLoader loader;
        try {
            loader = new JarClassLoader(jar, parent);
        } catch (MalformedURLException e) {
            warnings.accept(where + " skipped: " + e.getMessage());
            return out;
        }
        Iterator<FormatPlugin> providers = ServiceLoader.load(FormatPlugin.class, loader).iterator();
        int errors = 0;
        while (true) {
            FormatPlugin plugin;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                plugin = providers.next();
            } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
                warnings.accept(where + ": a plugin could not be loaded: " + loadError(e));
                if (++errors == MAX_ERRORS_PER_JAR) {
                    warnings.accept(where + ": " + errors + " errors; the rest of the jar is skipped");
                    break;
                }
                continue;
            }
            LoadedPlugin loaded = SpiCompatibility.admit(plugin, jar.toString(), false,
                    refusal -> warnings.accept(where + ": " + refusal));
            if (loaded != null) {
                out.add(loaded);
            }
        }
        if (out.isEmpty()) {
            closeQuietly(loader);
        }
        return out;
    }

    /** The JDK's message without the service name it starts with ("org.gioreport.spi.FormatPlugin: "). */
    private static String loadError(Throwable e) {
        String text = e instanceof ServiceConfigurationError && e.getCause() == null ? e.getMessage() : rootMessage(e);
        String prefix = FormatPlugin.class.getName() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
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

    private static void closeQuietly(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException ignored) {
            // nothing of the jar is used; an unclosed file handle is all that is left
        }
    }

    /**
     * One jar's class loader. Classes are looked up parent first (the SPI and core must be the host's), but
     * the plugin services file is the jar's own: the host's built-in plugins are not found again through it.
     */
    static final class JarClassLoader extends URLClassLoader {

        JarClassLoader(Path jar, ClassLoader parent) throws MalformedURLException {
            super("plugin:" + jar.getFileName(), new URL[] {jar.toUri().toURL()}, parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return SERVICE_FILE.equals(name) ? findResources(name) : super.getResources(name);
        }
    }
}
