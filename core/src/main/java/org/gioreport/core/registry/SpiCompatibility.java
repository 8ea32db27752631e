package org.gioreport.core.registry;

import org.gioreport.spi.FormatPlugin;

/** Decides whether a plugin was built against an SPI version this gioreport can run. */
final class SpiCompatibility {

    /** SPI versions this build can run; a plugin built against any other is refused. */
    static final int[] SUPPORTED = {FormatPlugin.SPI_VERSION};

    private SpiCompatibility() {
    }

    /** Null when the plugin can run, else why it is refused. */
    static String check(FormatPlugin plugin) {
        int version;
        String id;
        try {
            id = plugin.id();
            version = plugin.spiVersion();
        } catch (LinkageError | RuntimeException e) {
            return "plugin " + plugin.getClass().getName() + " refused: it does not implement this SPI ("
                    + PluginJarLoader.rootMessage(e) + "); supported SPI versions: " + supported();
        }
        if (id == null || id.isBlank()) {
            return "plugin " + plugin.getClass().getName() + " refused: its id is empty";
        }
        for (int v : SUPPORTED) {
            if (v == version) {
                return null;
            }
        }
        return "plugin " + id + " refused: built against SPI version " + version + ", supported SPI versions: "
                + supported();
    }

    private static String supported() {
        StringBuilder s = new StringBuilder();
        for (int v : SUPPORTED) {
            s.append(s.isEmpty() ? "" : ", ").append(v);
        }
        return s.toString();
    }
}
