package org.gioreport.core.model;

import java.util.List;
import java.util.Map;

/** One input's result: one JSON line of the output. {@code report} is null when unrecognized or failed. */
public record NormalizationResult(
        Source source,
        String format,
        Status status,
        @jakarta.validation.Valid Report report,
        List<String> derived,
        Map<String, Provenance> provenance,
        List<Diagnostic> diagnostics) {

    public NormalizationResult {
        derived = derived == null ? List.of() : List.copyOf(derived);
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
    }

    public static NormalizationResult failed(Source source, String format, Diagnostic why) {
        return new NormalizationResult(source, format, Status.FAILED, null, List.of(), null, List.of(why));
    }

    public static NormalizationResult unrecognized(Source source, List<Diagnostic> why) {
        return new NormalizationResult(source, null, Status.UNRECOGNIZED, null, List.of(), null, why);
    }

    public NormalizationResult withProvenance(Map<String, Provenance> newProvenance) {
        return new NormalizationResult(source, format, status, report, derived, newProvenance, diagnostics);
    }
}
