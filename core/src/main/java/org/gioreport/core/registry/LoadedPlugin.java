package org.gioreport.core.registry;

import org.gioreport.spi.FormatPlugin;

/** A discovered plugin and where it came from ("built-in" or the path of its jar). */
public record LoadedPlugin(FormatPlugin plugin, String origin, boolean builtIn) {

    public String id() {
        return plugin.id();
    }
}
