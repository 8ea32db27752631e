package org.gioreport.core.model;

/** Where a result came from: the input path as given, its SHA-256, and the detected media type. */
public record Source(String path, String sha256, String mediaType) {
}
