/**
 * Public API: the canonical report as Java records, in the exact shape of the JSON contract, and the field
 * paths of both template editions ({@link org.gioreport.core.model.ReportFields}). Other services put
 * {@code gioreport-core} on their class path for these.
 */
package org.gioreport.core.model;
