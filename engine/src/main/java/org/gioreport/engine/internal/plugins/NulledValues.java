package org.gioreport.engine.internal.plugins;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.Provenance;
import org.gioreport.spi.Extraction;

/**
 * An extraction with some of its values taken back: null, no longer derived, with no source. Both judges of a
 * reading do this, the other readings ({@link ProvenReadings}) and the report's own words ({@link NarrativeWitness}),
 * when what they say shows a value was not proven.
 */
final class NulledValues {

    private NulledValues() {
    }

    /**
     * @param flat        {@code extraction}'s report flattened (not changed)
     * @param why         the diagnostics saying why, added to the extraction's
     */
    static Extraction of(Extraction extraction, Map<String, Object> flat, Collection<String> paths,
                         List<Diagnostic> why) {
        Map<String, Object> values = new LinkedHashMap<>(flat);
        List<String> derived = new ArrayList<>(extraction.derived());
        Map<String, Provenance> provenance = new LinkedHashMap<>(extraction.provenance());
        for (String path : paths) {
            values.put(path, null);
            derived.remove(path);
            provenance.remove(path);
        }
        List<Diagnostic> diagnostics = new ArrayList<>(extraction.diagnostics());
        diagnostics.addAll(why);
        return new Extraction(ReportPaths.unflatten(values, extraction.report().edition()), derived, provenance,
                diagnostics);
    }
}
