/**
 * Year-on-year series ({@code gioreport series}): the results of one government body across report years,
 * grouped by its normalized name, with cross-year checks reported as diagnostics, never corrections.
 */
package org.gioreport.results.series;
