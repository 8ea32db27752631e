package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.gioreport.core.json.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplesMatchSchemaTest {

    @Test
    void everyOutputLineOfTheExamplesValidatesAgainstThePrintedSchema(@TempDir Path tmp) throws Exception {
        CliRun schemaRun = CliRun.of("schema");
        assertEquals(0, schemaRun.exitCode());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(ReportJson.mapper().readTree(schemaRun.out()));
        Path results = tmp.resolve("r.jsonl");
        CliRun run = CliRun.of("normalize", "--provenance", "-o", results.toString(), "../examples");
        assertEquals(0, run.exitCode(), run.err());
        int lines = 0;
        for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
            Set<?> errors = schema.validate(ReportJson.mapper().readTree(line));
            assertEquals(Set.of(), errors, line.substring(0, 120));
            lines++;
        }
        assertEquals(5, lines);
    }
}
