/**
 * The layout plugin SPI: the public API that built-in and third-party layout plugins implement.
 *
 * <p>A plugin is one {@link org.gioreport.spi.LayoutPlugin} class registered in
 * {@code META-INF/services/org.gioreport.spi.LayoutPlugin}. It receives a {@link org.gioreport.spi.SourceDocument}
 * (our own type, never a document library's), says how well it fits, and turns the document into an
 * {@link org.gioreport.spi.Extraction}, usually through a {@link org.gioreport.spi.ReportBuilder}.
 * It depends only on core's public packages ({@code org.gioreport.core.model}, {@code .json},
 * {@code .validation}); a change that breaks a compiled plugin raises
 * {@link org.gioreport.spi.LayoutPlugin#SPI_VERSION}.
 * Plugins that read the official template build on the toolkit {@code org.gioreport.template}.
 *
 * <p>The result contract keeps the word "format" where it names things: the JSON field {@code format} (the id of the
 * plugin that read the report) and the codes {@code NO_FORMAT_FITS} and {@code AMBIGUOUS_FORMAT}. The SPI type was
 * called {@code FormatPlugin} before; {@link org.gioreport.spi.FormatPlugin} stays, deprecated, for jars built then.
 */
package org.gioreport.spi;
