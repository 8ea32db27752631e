/** Small text measures the modules share: the edit distance that forgives a slip. */
package org.gioreport.core.text;
