/**
 * The engine's public API, what a service may use: the facade {@link org.gioreport.engine.Gioreport} (a document in,
 * its result out) and the types its public methods expose ({@link org.gioreport.engine.OcrMode},
 * {@link org.gioreport.engine.OcrProgress}, {@link org.gioreport.engine.LoadedPlugin},
 * {@link org.gioreport.engine.UnreadableInput}, {@link org.gioreport.engine.DocumentProcessor},
 * {@link org.gioreport.engine.Isolation}); and {@code org.gioreport.engine.batch}, many files to one output as a
 * library call ({@code FileBatch}, with resume and the output lock). What is made from results (CSV and long output,
 * series, the review page) is the {@code gioreport-results} module.
 *
 * <p>Everything else is in {@code org.gioreport.engine.internal}: public only for this project's command line,
 * Spark job and tools, and free to change in any release:
 * <ul>
 *   <li>{@code internal.read}: a file's bytes to our own {@link org.gioreport.spi.SourceDocument} (Apache Tika; text
 *       in any charset; scanned pages through the optional OCR module, {@code ScannedPages} its one door);</li>
 *   <li>{@code internal.plugins}: layout plugins found on the class path and in plugin folders, ranked by fit, called
 *       safely, their results checked against the contract and validated;</li>
 *   <li>{@code internal.isolation}: worker processes that read documents so a hostile file or plugin costs one
 *       record;</li>
 *   <li>{@code internal.batch}: the parts of a batch run: ordered streaming output, resume, the output lock, the
 *       walk of the inputs;</li>
 *   <li>{@code internal}: one input through the reader and the plugins ({@code InputProcessor}), and the warm-up.</li>
 * </ul>
 * {@code PublicApiTest} keeps the two public packages to their lists.
 */
package org.gioreport.engine;
