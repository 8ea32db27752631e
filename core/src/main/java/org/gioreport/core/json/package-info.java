/**
 * Public API: a result as one JSON line and back ({@link org.gioreport.core.json.ReportJson}), a report as
 * dotted paths ({@link org.gioreport.core.json.ReportPaths}), and the JSON Schema of a result line
 * ({@link org.gioreport.core.json.ResultSchema}, generated from the records by schema-generator and committed).
 */
package org.gioreport.core.json;
