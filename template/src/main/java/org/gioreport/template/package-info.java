/**
 * The template toolkit: public API for layout plugins that read the official template's tables from text or
 * table cells. The built-in layout plugins ({@code formats/*}) and drop-in plugins build on the same types:
 * <ul>
 *   <li>{@link org.gioreport.template.Token}: one cell, classified (number, not-stated mark, blank, label);</li>
 *   <li>{@link org.gioreport.template.TextReportReader}: cells to a whole report (title, signature, edition,
 *       the three tables, the narrative);</li>
 *   <li>{@link org.gioreport.template.TextLayoutPlugin}: the base of a flattened-text layout plugin, which only
 *       splits lines into cells and scores its fit;</li>
 *   <li>{@link org.gioreport.template.ReportText} and {@link org.gioreport.template.TableRegion}: what a
 *       document's text shows before reading it (is it a report, where are its tables, how many numbers
 *       each line holds, which lines are drawn as a table frame), worked out per call and kept with the
 *       document, never in a static cache;</li>
 *   <li>{@link org.gioreport.template.TemplateLabels}: the words by which extracted text names the tables
 *       and rows, and the normalization labels are compared in. The rows' paths, editions, columns and
 *       printed labels are the schema's own ({@link org.gioreport.core.model.FieldCatalog} in core); the row
 *       dictionaries are made from them.</li>
 * </ul>
 *
 * <p><b>What may change, and how it is versioned.</b> The public types above, their public members and
 * constants are the API; everything package-private is internal and may change in any release.
 * {@link org.gioreport.template.TemplateToolkit#VERSION} is raised when a public type, method or constant is
 * removed or changes its signature or meaning; new types, methods and constants, new keywords in
 * {@code TemplateLabels}' lists and better reading of damaged text (which changes results, never the API) do
 * not raise it. A layout's own tokenizer and fit signal belong in its plugin, not here.
 */
package org.gioreport.template;
