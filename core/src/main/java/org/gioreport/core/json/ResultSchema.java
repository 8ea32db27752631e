package org.gioreport.core.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The JSON Schema of one result line, as the build generated it from the Java types (it is as strict as the
 * contract: no key beyond the record components, null only where a component may be null, integers for counts,
 * anchored patterns, a description on every property). Shipped as the resource {@value #RESOURCE}.
 */
public final class ResultSchema {

    public static final String RESOURCE = "/org/gioreport/core/json/result-schema.json";

    private ResultSchema() {
    }

    /** A fresh copy of the schema (callers may change it). */
    public static ObjectNode json() {
        try (InputStream in = ResultSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the build generates it (mvn package)");
            }
            return (ObjectNode) ReportJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
