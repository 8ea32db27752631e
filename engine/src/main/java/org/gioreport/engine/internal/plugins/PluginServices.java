package org.gioreport.engine.internal.plugins;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.gioreport.spi.FormatPlugin;
import org.gioreport.spi.LayoutPlugin;

/**
 * Where the layout plugins of a class loader are registered: {@code META-INF/services/org.gioreport.spi.LayoutPlugin},
 * and, for jars built before the SPI type was renamed, the old name {@code
 * META-INF/services/org.gioreport.spi.FormatPlugin}. The one place that knows both names, for the built-in plugins
 * and the drop-in jars alike; the old name goes with the deprecated {@link FormatPlugin} in a later SPI version.
 */
final class PluginServices {

    static final String SERVICE_FILE = "META-INF/services/" + LayoutPlugin.class.getName();
    @SuppressWarnings("deprecation")
    static final String OLD_SERVICE_FILE = "META-INF/services/" + FormatPlugin.class.getName();

    private PluginServices() {
    }

    /** Whether {@code resource} is a services file that registers layout plugins, under either name. */
    static boolean isServiceFile(String resource) {
        return SERVICE_FILE.equals(resource) || OLD_SERVICE_FILE.equals(resource);
    }

    /**
     * The providers of {@code classLoader}: those of its services files, then those of the old-name files that
     * stand in a jar or folder without a new one (a jar with both files is one built for old and new gioreports
     * alike: its new file is enough). Each old-name file read costs one warning that names it and says what to
     * rename it to. Like {@link ServiceLoader}'s, the iterator's {@code hasNext} and {@code next} may throw for a
     * broken provider, and go on with the next one when called again.
     */
    static Iterator<LayoutPlugin> providers(ClassLoader classLoader, Consumer<String> warnings) {
        List<URL> oldFiles = oldFilesStandingAlone(classLoader, warnings);
        Iterator<LayoutPlugin> current = ServiceLoader.load(LayoutPlugin.class, classLoader).iterator();
        if (oldFiles.isEmpty()) {
            return current;
        }
        for (URL oldFile : oldFiles) {
            warnings.accept(location(oldFile) + ": its plugins are registered in " + OLD_SERVICE_FILE + ", the name"
                    + " from before the SPI type was renamed; they load, but rename the file to " + SERVICE_FILE
                    + " (the old name is read only until a later SPI version)");
        }
        Iterator<LayoutPlugin> old = ServiceLoader.load(LayoutPlugin.class,
                new OldNameAsNew(classLoader, oldFiles)).iterator();
        return new Chained(List.of(current, old));
    }

    private static List<URL> oldFilesStandingAlone(ClassLoader classLoader, Consumer<String> warnings) {
        try {
            Set<String> withNewFile = Collections.list(classLoader.getResources(SERVICE_FILE)).stream()
                    .map(PluginServices::location).collect(Collectors.toSet());
            List<URL> out = new ArrayList<>();
            for (URL oldFile : Collections.list(classLoader.getResources(OLD_SERVICE_FILE))) {
                if (!withNewFile.contains(location(oldFile))) {
                    out.add(oldFile);
                }
            }
            return out;
        } catch (IOException e) {
            warnings.accept(OLD_SERVICE_FILE + " files cannot be looked up (" + ThrowableText.rootMessage(e)
                    + "); plugins registered only under that old name are not loaded");
            return List.of();
        }
    }

    /** The jar or folder a services file stands in, as the user knows it: {@code plugin jar /path/x.jar}. */
    static String location(URL serviceFile) {
        String text = serviceFile.toString();
        String name = text.endsWith(OLD_SERVICE_FILE) ? OLD_SERVICE_FILE : SERVICE_FILE;
        String root = text.endsWith(name) ? text.substring(0, text.length() - name.length()) : text;
        try {
            if (root.startsWith("jar:") && root.endsWith("!/")) {
                return "plugin jar " + Path.of(URI.create(root.substring("jar:".length(), root.length() - 2)));
            }
            return "class folder " + Path.of(URI.create(root));
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            return text; // not a local file: its address says where it is
        }
    }

    /** {@code classes} seen through a window in which the old-name files answer to the services file's name. */
    private static final class OldNameAsNew extends ClassLoader {
        private final List<URL> oldFiles;

        OldNameAsNew(ClassLoader classes, List<URL> oldFiles) {
            super("old-plugin-services", classes);
            this.oldFiles = oldFiles;
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return SERVICE_FILE.equals(name) ? Collections.enumeration(oldFiles) : super.getResources(name);
        }
    }

    /** The providers of the first iterator, then of the second; an error leaves the position where it was. */
    private static final class Chained implements Iterator<LayoutPlugin> {
        private final List<Iterator<LayoutPlugin>> parts;
        private int index;

        Chained(List<Iterator<LayoutPlugin>> parts) {
            this.parts = parts;
        }

        @Override
        public boolean hasNext() {
            while (index < parts.size()) {
                if (parts.get(index).hasNext()) {
                    return true;
                }
                index++;
            }
            return false;
        }

        @Override
        public LayoutPlugin next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return parts.get(index).next();
        }
    }
}
