/**
 * The format plugin SPI: the public API that built-in and third-party format plugins implement.
 *
 * <p>A plugin is one {@link org.gioreport.spi.FormatPlugin} class registered in
 * {@code META-INF/services/org.gioreport.spi.FormatPlugin}. It receives a {@link org.gioreport.spi.SourceDocument}
 * (our own type, never a document library's), says how well it fits, and turns the document into an
 * {@link org.gioreport.spi.Extraction}, usually through a {@link org.gioreport.spi.ReportBuilder}.
 * It depends only on core's public packages ({@code org.gioreport.core.model}, {@code .json},
 * {@code .validation}); a change that breaks a compiled plugin raises {@link org.gioreport.spi.FormatPlugin#SPI_VERSION}.
 * Plugins that read the official template build on the toolkit {@code org.gioreport.template}.
 */
package org.gioreport.spi;
