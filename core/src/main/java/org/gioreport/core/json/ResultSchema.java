package org.gioreport.core.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The JSON Schema of one result line, generated from the Java types (it is as strict as the contract: no key
 * beyond the record components, null only where a component may be null, integers for counts, anchored patterns, a
 * description on every property). Shipped as the resource {@value #RESOURCE}, a file committed under
 * {@code core/src/main/resources}: the module {@code schema-generator} writes it, and its test fails when the
 * records changed and the file was not regenerated.
 */
public final class ResultSchema {

    public static final String RESOURCE = "/org/gioreport/core/json/result-schema.json";

    private ResultSchema() {
    }

    /** A fresh copy of the schema (callers may change it). */
    public static ObjectNode json() {
        try (InputStream in = ResultSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from core's resources (schema-generator writes it)");
            }
            return (ObjectNode) ReportJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
