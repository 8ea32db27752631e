package org.gioreport.engine.internal.plugins;

/** A plugin call that threw or ran past its time limit; names the plugin and what it was doing. */
public final class PluginFailure extends Exception {

    private final String code;
    private final String pluginId;

    PluginFailure(String code, String pluginId, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.pluginId = pluginId;
    }

    /** PLUGIN_FAILED or PLUGIN_TIMEOUT. */
    public String code() {
        return code;
    }

    /** The id of the plugin whose call failed. */
    public String pluginId() {
        return pluginId;
    }
}
