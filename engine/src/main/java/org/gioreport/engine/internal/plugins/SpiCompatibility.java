package org.gioreport.engine.internal.plugins;

import java.util.function.Consumer;
import org.gioreport.engine.LoadedPlugin;
import org.gioreport.spi.LayoutPlugin;

/** Decides whether a plugin was built against an SPI version this gioreport can run. */
final class SpiCompatibility {

    /** SPI versions this build can run; a plugin built against any other is refused. */
    static final int[] SUPPORTED = {LayoutPlugin.SPI_VERSION};

    private SpiCompatibility() {
    }

    /**
     * The plugin ready to run, its id and version asked once; or null when it is refused, with the reason (one
     * sentence that names the plugin class or id) given to {@code refusals}.
     */
    static LoadedPlugin admit(LayoutPlugin plugin, String origin, boolean builtIn, Consumer<String> refusals) {
        String id;
        String version;
        int spiVersion;
        try {
            id = plugin.id();
            version = plugin.version();
            spiVersion = plugin.spiVersion();
        } catch (Throwable e) { // NOPMD: id() may throw anything, a StackOverflowError too
            if (e instanceof OutOfMemoryError oom) {
                throw oom;
            }
            // An AbstractMethodError here means the class was compiled against another shape of the interface.
            refusals.accept("plugin " + plugin.getClass().getName() + " refused: it does not implement this SPI ("
                    + ThrowableText.rootMessage(e) + "); supported SPI versions: " + supported());
            return null;
        }
        if (id == null || id.isBlank()) {
            refusals.accept("plugin " + plugin.getClass().getName() + " refused: its id is empty");
            return null;
        }
        if (!isSupported(spiVersion)) {
            refusals.accept("plugin " + id + " (" + plugin.getClass().getName() + ") refused: it was built against SPI"
                    + " version " + spiVersion + ", this gioreport supports SPI version " + supported());
            return null;
        }
        return new LoadedPlugin(plugin, origin, builtIn, id, version == null ? "?" : version);
    }

    static boolean isSupported(int spiVersion) {
        for (int v : SUPPORTED) {
            if (v == spiVersion) {
                return true;
            }
        }
        return false;
    }

    static String supported() {
        StringBuilder s = new StringBuilder();
        for (int v : SUPPORTED) {
            s.append(s.isEmpty() ? "" : ", ").append(v);
        }
        return s.toString();
    }
}
