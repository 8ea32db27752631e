package org.gioreport.engine.internal.plugins;

import org.gioreport.engine.LoadedPlugin;
import org.gioreport.spi.FitScore;

/** A plugin with the score it gave one document. */
public record Candidate(LoadedPlugin plugin, FitScore score) {
}
