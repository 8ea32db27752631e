package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Where a result came from: the input path as given, its SHA-256, and the detected media type. */
public record Source(
        @JsonPropertyDescription("The input path as given on the command line (or found in a given folder).")
        @NotNull String path,
        @JsonPropertyDescription("SHA-256 of the input's bytes, lower-case hex; null when the file could not be read.")
        @Pattern(regexp = "[0-9a-f]{64}") String sha256,
        @JsonPropertyDescription("The detected media type, e.g. application/pdf; null when not detected.")
        String mediaType) {
}
