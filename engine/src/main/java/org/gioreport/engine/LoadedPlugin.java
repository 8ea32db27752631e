package org.gioreport.engine;

import org.gioreport.spi.LayoutPlugin;

/**
 * A discovered plugin and where it came from ("built-in" or the path of its jar). The id and version are
 * asked once, when the plugin is loaded, so sorting and listing never call plugin code again.
 */
public record LoadedPlugin(LayoutPlugin plugin, String origin, boolean builtIn, String id, String version) {

    public LoadedPlugin(LayoutPlugin plugin, String origin, boolean builtIn) {
        this(plugin, origin, builtIn, plugin.id(), plugin.version());
    }

    /** "pdf-text" for a built-in plugin, "markdown-table (plugins/markdown-table.jar)" for a drop-in one. */
    public String describe() {
        return builtIn ? id : id + " (" + origin + ")";
    }
}
