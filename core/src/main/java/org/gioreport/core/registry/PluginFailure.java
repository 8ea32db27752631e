package org.gioreport.core.registry;

/** A plugin call that threw or ran past its time limit; names the plugin and what it was doing. */
public final class PluginFailure extends Exception {

    private final String code;

    PluginFailure(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** PLUGIN_FAILED or PLUGIN_TIMEOUT. */
    public String code() {
        return code;
    }
}
