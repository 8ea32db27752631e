package org.gioreport.core.model;

/**
 * Something a user should know about one result: a stable {@code code} for machines, the dotted
 * {@code path} of the field concerned (null when it concerns the whole input), and a sentence for people.
 */
public record Diagnostic(Severity severity, String code, String path, String message) {

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
