/**
 * The format plugin SPI: the public API that built-in and third-party format plugins implement.
 *
 * <p>A plugin is one {@link org.gioreport.spi.FormatPlugin} class registered in
 * {@code META-INF/services/org.gioreport.spi.FormatPlugin}. It receives a {@link org.gioreport.spi.SourceDocument}
 * (our own type, never a document library's), says how well it fits, and turns the document into an
 * {@link org.gioreport.spi.Extraction}, usually through a {@link org.gioreport.spi.ReportBuilder}.
 * Everything outside this package and {@code org.gioreport.core.model} is internal and may change.
 */
package org.gioreport.spi;
