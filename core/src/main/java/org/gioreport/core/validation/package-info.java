/**
 * Public API: the field constraints and the template's cross-check rules (勾稽关系) as Bean Validation
 * constraints, and {@link org.gioreport.core.validation.ReportValidator}, which turns their violations into
 * diagnostics. A break is reported, never corrected.
 */
package org.gioreport.core.validation;
