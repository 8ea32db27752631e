/**
 * The review page ({@code gioreport review}): one self-contained HTML file that shows results beside where each
 * value came from, for a person checking them.
 */
package org.gioreport.results.review;
