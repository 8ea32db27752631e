package org.gioreport.engine.internal.plugins;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.engine.LoadedPlugin;
import org.gioreport.spi.FitScore;
import org.gioreport.spi.SourceDocument;

/**
 * Picks the plugin for a document, and explains the pick. Order: a forced plugin ({@code --plugin}) alone;
 * otherwise every plugin that fits, by score (highest first); equal scores go to built-in plugins before
 * drop-in ones, then to the smaller id, so the choice never depends on class-path order.
 */
public final class PluginSelector {

    /** Scores closer than this are reported as an ambiguous choice. */
    static final double AMBIGUITY_MARGIN = 0.05;

    static final Comparator<LoadedPlugin> TIE_BREAK = Comparator
            .comparing((LoadedPlugin p) -> !p.builtIn())
            .thenComparing(LoadedPlugin::id);

    private final LayoutPlugins registry;
    private final SafeInvoker invoker;

    public PluginSelector(LayoutPlugins registry, SafeInvoker invoker) {
        this.registry = registry;
        this.invoker = invoker;
    }

    /** Scores of every plugin for the document, best first; those that do not fit are included last. */
    public List<Candidate> rank(SourceDocument document, List<Diagnostic> diagnostics) {
        List<Candidate> out = new ArrayList<>();
        for (LoadedPlugin p : registry.plugins()) {
            String offReason = invoker.offReason(p);
            if (offReason != null) {
                out.add(new Candidate(p, FitScore.no("switched off for this run: " + offReason)));
                continue;
            }
            FitScore score;
            try {
                score = invoker.call(p, "scoring " + document.name(), () -> p.plugin().fit(document));
                if (score == null) {
                    score = FitScore.no("the plugin gave no score");
                }
            } catch (PluginFailure failure) {
                diagnostics.add(Diagnostic.warning(failure.code(), null, failure.getMessage()));
                registry.warn(failure.getMessage());
                score = FitScore.no("failed while scoring");
            }
            out.add(new Candidate(p, score));
        }
        out.sort(Comparator.comparing((Candidate c) -> -c.score().score())
                .thenComparing(Candidate::plugin, TIE_BREAK));
        if (out.size() > 1 && out.get(0).score().fits() && out.get(1).score().fits()
                && closerThanTheMargin(out.get(0).score().score(), out.get(1).score().score())) {
            diagnostics.add(Diagnostic.info("AMBIGUOUS_FORMAT", null, "plugins " + out.get(0).plugin().id() + " ("
                    + out.get(0).score().score() + ") and " + out.get(1).plugin().id() + " ("
                    + out.get(1).score().score() + ") fit almost equally; chose " + out.get(0).plugin().id()));
        }
        return out;
    }

    /** 0.95 and 0.9 are 0.05 apart, not closer: the rounding of doubles must not make them ambiguous. */
    static boolean closerThanTheMargin(double best, double next) {
        return best - next < AMBIGUITY_MARGIN - 1e-9;
    }
}
