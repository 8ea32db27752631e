package org.gioreport.spi;

/**
 * A layout plugin: reads one layout of annual report. Implementations must be stateless and thread-safe
 * (one instance serves every document, from several threads) and have a public no-argument constructor.
 * A plugin jar registers its classes in {@code META-INF/services/org.gioreport.spi.LayoutPlugin}.
 *
 * <p>Plugins never throw to say "not mine": {@link #fit} returns {@link FitScore#no}. An exception from
 * {@link #normalize} costs only that document (the next best plugin is tried, or the result is
 * {@code failed} naming this plugin).
 *
 * <p>"Layout plugin" is the one word for this in code, help and docs. The result contract keeps its own names:
 * the JSON field {@code format} holds the {@link #id() id} of the plugin that read the report, and the codes
 * {@code NO_FORMAT_FITS} and {@code AMBIGUOUS_FORMAT} say that no plugin, or more than one, fits.
 */
public interface LayoutPlugin {

    /** The SPI version of this interface. A plugin returns it from {@link #spiVersion()}. */
    int SPI_VERSION = 1;

    /** A unique, stable id such as {@code "pdf-text"}: it names the plugin in results and in {@code --plugin}. */
    String id();

    /**
     * The plugin's own version, shown by {@code gioreport plugins}. By default the {@code Implementation-Version}
     * of the manifest of the jar the plugin class came from (as JUnit's engines do), so a release sets it once
     * in its build; {@code "unknown"} when the jar has none (classes run from a folder, in tests).
     */
    default String version() {
        Package pkg = getClass().getPackage();
        String version = pkg == null ? null : pkg.getImplementationVersion();
        return version == null || version.isBlank() ? "unknown" : version;
    }

    /**
     * The SPI version the plugin was compiled against: implement it as {@code return SPI_VERSION;}. The
     * constant is copied into the plugin at compile time, so an older plugin reports its own version.
     */
    int spiVersion();

    /**
     * How well this plugin fits the document; cheap, no side effects. Scores are compared across
     * plugins, so keep them honest: about 0.9 for a layout that is clearly yours, below 0.5 for a guess.
     */
    FitScore fit(SourceDocument document);

    /**
     * Reads the report. A value the document does not state with confidence stays null with a diagnostic;
     * never a default. Return {@link Extraction#notAReport} when, on closer reading, the document is no report.
     */
    Extraction normalize(SourceDocument document);
}
