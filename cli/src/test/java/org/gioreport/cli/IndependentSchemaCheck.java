package org.gioreport.cli;

import com.github.erosb.jsonsKema.JsonParser;
import com.github.erosb.jsonsKema.SchemaLoader;
import com.github.erosb.jsonsKema.ValidationFailure;
import com.github.erosb.jsonsKema.Validator;

/**
 * A second JSON Schema validator (json-sKema), independent of the networknt one that {@code validate} uses, so
 * that a bug in either library or in how {@code validate} calls it shows up as a disagreement.
 */
final class IndependentSchemaCheck {

    private final Validator validator;

    /** Loads the schema as {@code gioreport schema} prints it. */
    static IndependentSchemaCheck ofPrintedSchema() {
        CliRun schema = CliRun.of("schema");
        if (schema.exitCode() != 0) {
            throw new AssertionError("gioreport schema failed: " + schema.err());
        }
        return new IndependentSchemaCheck(schema.out());
    }

    IndependentSchemaCheck(String schemaJson) {
        validator = Validator.forSchema(new SchemaLoader(new JsonParser(schemaJson).parse()).load());
    }

    /** Null when the line matches the schema; else what is wrong, as the library words it. */
    String failure(String jsonLine) {
        ValidationFailure failure = validator.validate(new JsonParser(jsonLine).parse());
        return failure == null ? null : failure.toString();
    }
}
