package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Something a user should know about one result: a stable {@code code} for machines, the dotted
 * {@code path} of the field concerned (null when it concerns the whole input), and a sentence for people.
 */
public record Diagnostic(
        @JsonPropertyDescription("How serious: error (the input could not be read), warning, or info.")
        @NotNull Severity severity,
        @JsonPropertyDescription("Stable upper-case code for machines, e.g. CROSSCHECK_TOTAL.")
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]*") String code,
        @JsonPropertyDescription("Dotted path of the field concerned, or null when it concerns the whole input.")
        @Pattern(regexp = ReportFields.PATH_PATTERN) String path,
        @JsonPropertyDescription("A sentence for people: what is wrong and where.")
        @NotNull String message) {

    public static Diagnostic error(String code, String path, String message) {
        return new Diagnostic(Severity.ERROR, code, path, message);
    }

    public static Diagnostic warning(String code, String path, String message) {
        return new Diagnostic(Severity.WARNING, code, path, message);
    }

    public static Diagnostic info(String code, String path, String message) {
        return new Diagnostic(Severity.INFO, code, path, message);
    }
}
