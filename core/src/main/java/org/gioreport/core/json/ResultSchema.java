package org.gioreport.core.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import java.math.BigDecimal;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.validation.Count;

/** The JSON Schema of one result line, generated from the Java types so it cannot drift from them. */
public final class ResultSchema {

    private ResultSchema() {
    }

    public static ObjectNode generate() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                ReportJson.mapper(), SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
                .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                .with(Option.NULLABLE_FIELDS_BY_DEFAULT)
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS);
        // Every key is always written (null where unknown), so every key is required.
        config.forFields().withRequiredCheck(field -> !field.getName().equals("provenance")
                && !field.getName().equals("narrative"));
        // @Count is a composed constraint: state its minimum explicitly.
        config.forFields().withNumberInclusiveMinimumResolver(
                field -> field.getAnnotationConsideringFieldAndGetter(Count.class) != null ? BigDecimal.ZERO : null);
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(NormalizationResult.class);
        schema.put("title", "gioreport normalization result (schema version 1)");
        return schema;
    }
}
