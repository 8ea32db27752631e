package org.gioreport.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.Provenance;
import org.gioreport.core.model.Report;

/**
 * What a plugin read from one document. {@code report} is null when the document turned out not to be a
 * report; {@code derived} lists the paths that were computed rather than read.
 */
public record Extraction(Report report, List<String> derived, Map<String, Provenance> provenance,
                         List<Diagnostic> diagnostics) {

    public Extraction {
        derived = derived == null ? List.of() : List.copyOf(derived);
        provenance = provenance == null ? Map.of() : Collections.unmodifiableMap(
                new LinkedHashMap<>(provenance));
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
    }

    public static Extraction notAReport(String why) {
        return new Extraction(null, List.of(), Map.of(), List.of(Diagnostic.info("NOT_A_REPORT", null, why)));
    }
}
