package org.gioreport.template;

/**
 * The version of this package's public API, for plugin authors: see {@code package-info.java} for what it
 * promises.
 */
public final class TemplateToolkit {

    /**
     * Raised when a public type, method or constant of {@code org.gioreport.template} is removed or changes its
     * signature or meaning; additions do not raise it. Like {@code LayoutPlugin.SPI_VERSION}, the constant is
     * copied into a plugin at compile time, so a plugin can tell which toolkit it was built against.
     * 2: the web site's chrome words moved from {@code TemplateLabels} to {@link SiteChrome}.
     */
    public static final int VERSION = 2;

    private TemplateToolkit() {
    }
}
