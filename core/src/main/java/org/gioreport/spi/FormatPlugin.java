package org.gioreport.spi;

/**
 * The name {@link LayoutPlugin} had until it was renamed, kept so that drop-in jars compiled against it still load:
 * their classes implement this interface, and their services file is
 * {@code META-INF/services/org.gioreport.spi.FormatPlugin}, which the engine still reads, with a warning that says
 * to rename it. It adds nothing to {@link LayoutPlugin}. New plugins implement {@link LayoutPlugin}; this name goes
 * in a later SPI version.
 *
 * @deprecated implement {@link LayoutPlugin} and register it in
 *     {@code META-INF/services/org.gioreport.spi.LayoutPlugin}
 */
@Deprecated
public interface FormatPlugin extends LayoutPlugin {
}
