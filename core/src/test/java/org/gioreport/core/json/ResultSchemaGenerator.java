package org.gioreport.core.json;

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
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Report;
import org.gioreport.core.model.ReportFields;
import org.gioreport.core.validation.Count;

/**
 * Writes the JSON Schema of one result line, generated from the Java types so it cannot drift from them. The
 * build runs it (exec-maven-plugin, after the test classes are compiled) into core's classes, so the schema
 * ships as a resource ({@link ResultSchema}) and the generator's library stays out of core's dependencies. It is as
 * strict as the contract: no key beyond the record components, every key always written, null only where a
 * component may be null ({@code @NotNull} marks the others), integers for counts, anchored patterns, and a
 * description on every property (from {@code @JsonPropertyDescription}).
 */
public final class ResultSchemaGenerator {

    private ResultSchemaGenerator() {
    }

    /** @param args the file to write the schema to */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        Files.writeString(file, ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(generate())
                + "\n");
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
