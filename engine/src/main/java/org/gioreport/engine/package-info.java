/**
 * Everything between a file and a result. The public entry point is {@link org.gioreport.engine.Gioreport};
 * the packages below it are the engine's parts, public for the command line and tools but free to change:
 * {@code read} (Apache Tika into our own {@link org.gioreport.spi.SourceDocument}), {@code plugins} (discovery
 * on the class path and in plugin folders, selection, isolation, normalization and validation) and
 * {@code batch} (many inputs with ordered streaming output, resume, JSON Lines and CSV).
 */
package org.gioreport.engine;
