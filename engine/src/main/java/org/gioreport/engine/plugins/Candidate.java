package org.gioreport.engine.plugins;

import org.gioreport.spi.FitScore;

/** A plugin with the score it gave one document. */
public record Candidate(LoadedPlugin plugin, FitScore score) {
}
