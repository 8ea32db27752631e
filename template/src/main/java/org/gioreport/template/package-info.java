/**
 * Reading the official template's tables from a stream of cells, shared by the layout plugins: the label
 * dictionary ({@link org.gioreport.template.TemplateLabels}), cells to rows
 * ({@link org.gioreport.template.RowGrouper}), rows to fields
 * ({@link org.gioreport.template.TemplateTableReader}) and the title and signature
 * ({@link org.gioreport.template.HeaderReader}). A layout plugin only decides how its text splits into cells.
 */
package org.gioreport.template;
