package org.gioreport.engine.internal.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Report;
import org.gioreport.core.model.ReportFields;
import org.gioreport.core.model.Source;
import org.gioreport.core.model.Status;
import org.gioreport.core.validation.ReportValidator;
import org.gioreport.engine.LoadedPlugin;
import org.gioreport.engine.internal.read.DocumentReader;
import org.gioreport.engine.internal.read.OcrCells;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.SourceDocument;

/**
 * Turns one document into one result: ranks the plugins, runs the best (falling back to the next when
 * one fails or finds no report), lets the others that fit read it too and keeps each table from the reading that
 * proves it ({@link ProvenReadings}), validates the report and decides its status. Always returns a result.
 */
public final class Normalizer {

    private final LayoutPlugins registry;
    private final SafeInvoker invoker;
    private final PluginSelector selector;
    private final ReportValidator validator = new ReportValidator();
    /** How many plugins beyond the best fit read a document to compare their tables with its. */
    static final int MAX_OTHER_READINGS = 4;

    public Normalizer(LayoutPlugins registry, SafeInvoker invoker) {
        this.registry = registry;
        this.invoker = invoker;
        this.selector = new PluginSelector(registry, invoker);
    }

    /** The built-in plugins called through {@code invoker}, their failures kept out of the user's warnings. */
    public Normalizer silenced(SafeInvoker invoker) {
        return new Normalizer(registry.builtInsSilenced(), invoker);
    }

    /**
     * @param forcedPlugin a plugin id to use without scoring ({@code --plugin}), or null
     * @throws IllegalArgumentException when {@code forcedPlugin} names no plugin
     */
    public NormalizationResult normalize(Source source, SourceDocument document, String forcedPlugin) {
        List<Diagnostic> diagnostics = new ArrayList<>(DocumentReader.readingNotes(document));
        List<LoadedPlugin> order = new ArrayList<>();
        if (forcedPlugin != null) {
            order.add(registry.byId(forcedPlugin)
                    .orElseThrow(() -> new IllegalArgumentException("unknown layout plugin: " + forcedPlugin)));
        } else {
            List<Candidate> ranked = selector.rank(document, diagnostics);
            ranked.stream().filter(c -> c.score().fits()).forEach(c -> order.add(c.plugin()));
            if (order.isEmpty()) {
                diagnostics.add(Diagnostic.info("NO_FORMAT_FITS", null, "no format plugin recognises this document"
                        + reasons(ranked)));
                return NormalizationResult.unrecognized(source, diagnostics);
            }
        }
        PluginFailure lastFailure = null;
        for (int i = 0; i < order.size(); i++) {
            LoadedPlugin plugin = order.get(i);
            Extraction extraction;
            try {
                extraction = invoker.call(plugin, "normalizing " + document.name(),
                        () -> plugin.plugin().normalize(document));
            } catch (PluginFailure failure) {
                lastFailure = failure;
                diagnostics.add(Diagnostic.error(failure.code(), null, failure.getMessage()));
                registry.warn(failure.getMessage()
                        + (plugin == order.get(order.size() - 1) ? "" : "; trying the next plugin"));
                continue;
            }
            if (extraction == null) {
                diagnostics.add(Diagnostic.warning("PLUGIN_NO_RESULT", null, "plugin " + plugin.describe()
                        + " returned nothing for " + document.name()));
                continue;
            }
            NormalizationResult result;
            Extraction judged = judged(document, extraction);
            try {
                result = kept(source, plugin, judged, document.text(), diagnostics);
            } catch (PluginFailure refused) {
                lastFailure = refused;
                diagnostics.add(Diagnostic.error(refused.code(), null, refused.getMessage()));
                registry.warn(refused.getMessage()
                        + (plugin == order.get(order.size() - 1) ? "" : "; trying the next plugin"));
                continue;
            }
            if (result == null) {
                diagnostics.addAll(extraction.diagnostics());
                continue;
            }
            return forcedPlugin != null ? result
                    : provenTables(source, document, plugin, judged, order.subList(i + 1, order.size()), result,
                    diagnostics);
        }
        if (lastFailure != null) {
            // named after the plugin that failed, not after one that merely found no report
            return new NormalizationResult(source, lastFailure.pluginId(), Status.FAILED, null, List.of(), null,
                    diagnostics);
        }
        return NormalizationResult.unrecognized(source, diagnostics);
    }

    /**
     * The result with each template table read by the plugin that proves most of it ({@link ProvenReadings}): the
     * other plugins that fit read the document too (at most {@link #MAX_OTHER_READINGS}; reading text costs
     * milliseconds). A plugin that fails or breaks the contract here is left out quietly: the best fit's result
     * stands without it.
     */
    private NormalizationResult provenTables(Source source, SourceDocument document, LoadedPlugin bestPlugin,
                                             Extraction best, List<LoadedPlugin> others, NormalizationResult result,
                                             List<Diagnostic> earlier) {
        List<ProvenReadings.Reading> readings = new ArrayList<>();
        for (LoadedPlugin plugin : others.subList(0, Math.min(others.size(), MAX_OTHER_READINGS))) {
            try {
                Extraction e = invoker.call(plugin, "normalizing " + document.name(),
                        () -> plugin.plugin().normalize(document));
                if (e != null && e.report() != null && ResultContract.breach(e) == null) {
                    Extraction judged = judged(document, e);
                    Map<String, Object> flat = ReportPaths.flatten(judged.report());
                    if (ResultContract.breach(flat) == null) {
                        readings.add(ProvenReadings.Reading.of(plugin, judged, flat, readsOcrCells(document, judged)));
                    }
                }
            } catch (PluginFailure | RuntimeException failure) {
                // the best fit's reading stands; this plugin only could not be compared with it
            }
        }
        if (readings.isEmpty()) {
            return result;
        }
        try {
            ProvenReadings.Choice choice = ProvenReadings.choose(ProvenReadings.Reading.of(bestPlugin, best,
                    ReportPaths.flatten(best.report()), readsOcrCells(document, best)), readings);
            if (choice.allFromBest() && !choice.anyDisagreement()) {
                return result;
            }
            NormalizationResult composed = kept(source, choice.plugin(), ProvenReadings.compose(choice),
                    document.text(), earlier);
            return composed == null ? result : composed;
        } catch (PluginFailure | RuntimeException refused) {
            return result; // the comparison must never cost the document its best fit's reading
        }
    }

    /**
     * The result made of a plugin's extraction, or null when it found no report.
     *
     * @throws PluginFailure when the extraction breaks the plugin contract ({@link ResultContract}), or working
     *                       with it fails: the plugin's result is refused, not the document
     */
    private NormalizationResult kept(Source source, LoadedPlugin plugin, Extraction extraction, String text,
                                     List<Diagnostic> earlier) throws PluginFailure {
        String breach;
        Map<String, Object> flat = null;
        try {
            breach = ResultContract.breach(extraction);
            if (breach == null && extraction.report() != null) {
                flat = ReportPaths.flatten(extraction.report());
                breach = ResultContract.breach(flat);
            }
            if (breach == null) {
                return extraction.report() == null ? null : result(source, plugin, extraction, flat, text, earlier);
            }
        } catch (RuntimeException | StackOverflowError e) {
            breach = "it cannot be used (" + ThrowableText.describe(e) + ")";
        }
        throw new PluginFailure("PLUGIN_FAILED", plugin.id(), "plugin " + plugin.describe() + " returned a result"
                + " that breaks the plugin contract for " + source.path() + ": " + breach + "; refused", null);
    }

    /** Whether the extraction's values come from the document's OCR'd table cells (none for a text document). */
    private static boolean readsOcrCells(SourceDocument document, Extraction extraction) {
        return document.view(OcrCells.class, d -> OcrCells.NONE).cited(extraction);
    }

    /** A scanned document's digits judged by the template's arithmetic before the report is validated. */
    private static Extraction judged(SourceDocument document, Extraction extraction) {
        return document.view(OcrCells.class, d -> OcrCells.NONE).judge(extraction);
    }

    /** The result of an extraction, after the report's own words have witnessed its tables. */
    private NormalizationResult result(Source source, LoadedPlugin plugin, Extraction read,
                                       Map<String, Object> readFlat, String text, List<Diagnostic> earlier) {
        NarrativeWitness.Verdict witness = NarrativeWitness.judge(text, readFlat, read.diagnostics());
        Extraction extraction = witness.unproven().isEmpty() ? read
                : NulledValues.of(read, readFlat, witness.unproven(), List.of());
        Map<String, Object> flat = extraction == read ? readFlat : ReportPaths.flatten(extraction.report());
        List<Diagnostic> diagnostics = new ArrayList<>(earlier);
        diagnostics.addAll(extraction.diagnostics());
        diagnostics.addAll(UnexplainedNulls.explain(extraction.report(), flat, diagnostics));
        diagnostics.addAll(validator.validate(extraction.report()));
        diagnostics.addAll(witness.diagnostics());
        Status status = isComplete(extraction.report(), flat) ? Status.COMPLETE : Status.PARTIAL;
        return new NormalizationResult(source, plugin.id(), status, extraction.report(), extraction.derived(),
                extraction.provenance(), diagnostics);
    }

    /** Complete when the edition is known and every field of that edition has a value. */
    public static boolean isComplete(Report report) {
        return isComplete(report, ReportPaths.flatten(report));
    }

    private static boolean isComplete(Report report, Map<String, Object> flat) {
        if (report == null || report.edition() == null) {
            return false;
        }
        return ReportFields.required(report.edition()).stream().allMatch(p -> flat.get(p) != null);
    }

    private static String reasons(List<Candidate> ranked) {
        StringBuilder s = new StringBuilder();
        for (Candidate c : ranked) {
            s.append(s.isEmpty() ? " (" : "; ").append(c.plugin().id()).append(": ").append(c.score().reason());
        }
        return s.isEmpty() ? "" : s.append(")").toString();
    }
}
