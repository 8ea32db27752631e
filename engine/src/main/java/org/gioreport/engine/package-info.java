/**
 * Everything between a file and a result; what is made from results (CSV and long output, series, the review
 * page) is the {@code gioreport-results} module. The public entry point is {@link org.gioreport.engine.Gioreport};
 * the packages below it are the engine's parts, public for the command line, the Spark job and tools but free to
 * change:
 * <ul>
 *   <li>{@code read}: a file's bytes to our own {@link org.gioreport.spi.SourceDocument} (Apache Tika; text in any
 *       charset; scanned pages through the optional OCR module, {@code ScannedPages} its one door);</li>
 *   <li>{@code plugins}: layout plugins found on the class path and in plugin folders, ranked by fit, called
 *       safely, their results checked against the contract and validated;</li>
 *   <li>{@code isolation}: worker processes that read documents so a hostile file or plugin costs one record;</li>
 *   <li>{@code batch}: many inputs with ordered streaming output, resume and the output lock, JSON Lines output
 *       and the {@code RecordFormat} other formats implement; {@code FileBatch} is its one call, the one the
 *       command line makes.</li>
 * </ul>
 */
package org.gioreport.engine;
