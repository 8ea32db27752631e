package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/** One input's result: one JSON line of the output. {@code report} is null when unrecognized or failed. */
public record NormalizationResult(
        @JsonPropertyDescription("The input this result is about.")
        @NotNull Source source,
        @JsonPropertyDescription("Id of the layout plugin that produced the report; null when none fits.")
        String format,
        @JsonPropertyDescription("complete: every field of the edition found; partial: a report with some fields null; "
                + "unrecognized: no plugin fits; failed: the input could not be read.")
        @NotNull Status status,
        @JsonPropertyDescription("The canonical report; null when unrecognized or failed.")
        @Valid Report report,
        @JsonPropertyDescription("Dotted paths of the values that were computed rather than read.")
        @NotNull List<@NotNull @Pattern(regexp = ReportFields.PATH_PATTERN) String> derived,
        @JsonPropertyDescription("Optional (--provenance): for each value read, path → where it was read.")
        Map<String, Provenance> provenance,
        @JsonPropertyDescription("What a user should know about this result, in the order found.")
        @NotNull List<@NotNull Diagnostic> diagnostics) {

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
