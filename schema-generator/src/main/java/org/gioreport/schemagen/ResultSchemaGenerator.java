package org.gioreport.schemagen;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.json.ResultSchema;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Report;
import org.gioreport.core.model.ReportFields;
import org.gioreport.core.validation.Count;

/**
 * Generates the JSON Schema of one result line from core's records, so it cannot drift from them unnoticed. It
 * is as strict as the contract: no key beyond the record components, every key always written, null only where a
 * component may be null ({@code @NotNull} marks the others), integers for counts, anchored patterns, and a
 * description on every property (from {@code @JsonPropertyDescription}).
 *
 * <p>Why a module of its own, and a committed file: the schema ships as a plain resource of core
 * ({@link ResultSchema}, {@value ResultSchema#RESOURCE} under {@code core/src/main/resources}), so building core
 * runs no code and needs no test classes ({@code mvn -Dmaven.test.skip=true package} works), and the generator's
 * library (victools jsonschema-generator) is a dependency of this module only, which nothing depends on: a service
 * that depends on core never gets it. This module's test compares a fresh generation with the committed file and
 * fails, saying how to regenerate it, when a record changed and the file did not.
 */
public final class ResultSchemaGenerator {

    private ResultSchemaGenerator() {
    }

    /** @param args the file to write the schema to (core's {@code result-schema.json}) */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), text());
    }

    /** The schema as the committed file holds it: pretty-printed, one newline at the end. */
    public static String text() throws IOException {
        return ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(generate()) + "\n";
    }

    public static ObjectNode generate() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                ReportJson.mapper(), SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
                // Nullability from @NotNull; patterns are taken below, anchored.
                .with(new JakartaValidationModule())
                .with(Option.NULLABLE_FIELDS_BY_DEFAULT)
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .with(Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES);
        // Every key is always written (null where unknown), so every key is required; provenance and narrative
        // are optional in the contract.
        config.forFields().withRequiredCheck(field -> !field.getName().equals("provenance")
                && !field.getName().equals("narrative"));
        // @Count is a composed constraint: state its minimum explicitly.
        config.forFields().withNumberInclusiveMinimumResolver(
                field -> field.getAnnotationConsideringFieldAndGetter(Count.class) != null ? BigDecimal.ZERO : null);
        // Bean Validation matches a @Pattern against the whole value; a JSON Schema pattern matches anywhere
        // unless anchored ("x2019y" would pass "2019|2021").
        config.forFields().withStringPatternResolver(ResultSchemaGenerator::anchoredPattern);
        config.forFields().withEnumResolver(ResultSchemaGenerator::fixedValues);
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(NormalizationResult.class);
        schema.put("title", "gioreport normalization result (schema version 1)");
        return schema;
    }

    private static String anchoredPattern(FieldScope field) {
        Pattern pattern = field.isFakeContainerItemScope()
                ? field.getContainerItemAnnotationConsideringFieldAndGetter(Pattern.class)
                : field.getAnnotationConsideringFieldAndGetter(Pattern.class);
        return pattern == null ? null : "^(?:" + pattern.regexp() + ")$";
    }

    /** An enum lists null too where the value may be null: "enum" is checked after "type". */
    private static List<String> nullable(List<String> values) {
        List<String> out = new ArrayList<>(values);
        out.add(null);
        return out;
    }

    private static Collection<?> fixedValues(FieldScope field) {
        if (field.getDeclaringType().getErasedType() != Report.class) {
            return null;
        }
        return switch (field.getName()) {
            case "edition" -> nullable(ReportFields.EDITIONS);
            case "schemaVersion" -> List.of(Report.SCHEMA_VERSION);
            default -> null;
        };
    }
}
