package org.gioreport.engine.internal.plugins;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.gioreport.engine.LoadedPlugin;
import org.gioreport.spi.LayoutPlugin;

/**
 * Loads drop-in plugin jars: each jar gets its own class loader, its providers are found with
 * {@link ServiceLoader}, and each provider is instantiated inside its own try/catch, so a broken jar or
 * plugin costs one warning, never the run. Only folders the user names (or the documented defaults) are read.
 */
final class PluginJarLoader {

    /** A services file the JDK cannot parse may fail again on every step; give up on the jar after this many. */
    private static final int MAX_ERRORS_PER_JAR = 10;

    /** The longest loading one jar's plugins may take (constructors, id(), version()): generous, it runs once. */
    static final Duration LOAD_LIMIT = Duration.ofSeconds(10);

    private final ClassLoader parent;
    private final Consumer<String> warnings;
    private final Duration loadLimit;
    private final Map<Path, List<String>> refused;

    PluginJarLoader(ClassLoader parent, Consumer<String> warnings) {
        this(parent, warnings, LOAD_LIMIT, Map.of());
    }

    PluginJarLoader(ClassLoader parent, Consumer<String> warnings, Duration loadLimit) {
        this(parent, warnings, loadLimit, Map.of());
    }

    /**
     * @param refused jars not to load, each with the warnings that say why (given in the jar's turn): those a
     *                trial in another process refused ({@link JarTrial})
     */
    PluginJarLoader(ClassLoader parent, Consumer<String> warnings, Duration loadLimit,
                    Map<Path, List<String>> refused) {
        this.parent = parent;
        this.warnings = warnings;
        this.loadLimit = loadLimit;
        this.refused = refused;
    }

    List<LoadedPlugin> loadFolder(Path folder) {
        List<LoadedPlugin> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            warnings.accept("plugin folder " + folder + " does not exist or is not a folder; skipped");
            return out;
        }
        List<Path> jars;
        try {
            jars = jarsIn(folder);
        } catch (IOException | RuntimeException e) {
            warnings.accept("plugin folder " + folder + " cannot be read (" + e.getMessage() + "); skipped");
            return out;
        }
        for (Path jar : jars) {
            List<String> refusal = refused.get(jar);
            if (refusal != null) {
                refusal.forEach(warnings);
            } else {
                out.addAll(loadJar(jar));
            }
        }
        return out;
    }

    /** The jars of a plugin folder, in the order they are loaded. */
    static List<Path> jarsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).filter(Files::isRegularFile)
                    .sorted().toList();
        }
    }

    List<LoadedPlugin> loadJar(Path jar) {
        List<LoadedPlugin> out = List.of();
        String where = "plugin jar " + jar;
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getEntry(PluginServices.SERVICE_FILE) == null
                    && file.getEntry(PluginServices.OLD_SERVICE_FILE) == null) {
                warnings.accept(where + " skipped: it declares no layout plugin (no " + PluginServices.SERVICE_FILE
                        + " entry)");
                return List.of();
            }
        } catch (IOException | SecurityException e) {
            warnings.accept(where + " skipped: not a readable jar (" + ThrowableText.rootMessage(e) + ")");
            return out;
        }
        JarClassLoader loader;
        try {
            loader = new JarClassLoader(jar, parent);
        } catch (MalformedURLException e) {
            warnings.accept(where + " skipped: " + e.getMessage());
            return out;
        }
        List<String> said = new ArrayList<>();
        FutureTask<List<LoadedPlugin>> loading = new FutureTask<>(() -> providers(jar, loader, said::add));
        Thread thread = new Thread(loading, "gioreport-plugin-loading");
        thread.setDaemon(true); // a constructor that never returns must not keep the JVM alive
        thread.setContextClassLoader(loader);
        thread.start();
        try {
            out = loading.get(loadLimit.toMillis(), TimeUnit.MILLISECONDS);
            said.forEach(warnings);
        } catch (TimeoutException e) {
            thread.interrupt();
            warnings.accept(where + " refused: loading its plugins (constructors, id(), version()) took longer than "
                    + SafeInvoker.seconds(loadLimit) + "; none of its plugins is used");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError oom) {
                throw oom;
            }
            warnings.accept(where + " refused: loading it failed: " + ThrowableText.rootMessage(e.getCause()));
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            warnings.accept(where + " skipped: interrupted while loading it");
        }
        if (out.isEmpty()) {
            closeQuietly(loader);
        }
        return out;
    }

    /** Instantiates and admits every provider of one jar; run under the loading time limit. */
    private static List<LoadedPlugin> providers(Path jar, ClassLoader loader, Consumer<String> warnings) {
        List<LoadedPlugin> out = new ArrayList<>();
        String where = "plugin jar " + jar;
        Iterator<LayoutPlugin> providers = PluginServices.providers(loader, warnings);
        int errors = 0;
        while (true) {
            LayoutPlugin plugin;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                plugin = providers.next();
            } catch (ServiceConfigurationError | LinkageError | RuntimeException | StackOverflowError e) {
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
        return out;
    }

    /** The JDK's message without the service name it starts with ("org.gioreport.spi.LayoutPlugin: "). */
    private static String loadError(Throwable e) {
        String text = e instanceof ServiceConfigurationError && ThrowableText.chain(e).size() == 1
                ? String.valueOf(ThrowableText.message(e)) : ThrowableText.rootMessage(e);
        String prefix = LayoutPlugin.class.getName() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
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
     * the plugin services files (under either name) are the jar's own: the host's built-in plugins are not found
     * again through it.
     */
    static final class JarClassLoader extends URLClassLoader {

        JarClassLoader(Path jar, ClassLoader parent) throws MalformedURLException {
            super("plugin:" + jar.getFileName(), new URL[] {jar.toUri().toURL()}, parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return PluginServices.isServiceFile(name) ? findResources(name) : super.getResources(name);
        }
    }
}
