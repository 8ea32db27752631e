package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every line that {@code normalize} writes for real inputs matches the schema {@code gioreport schema} prints,
 * judged by a validator independent of the one {@code validate} uses: the strict schema must not reject
 * legitimate output.
 */
class ExamplesMatchSchemaTest {

    static final IndependentSchemaCheck SCHEMA = IndependentSchemaCheck.ofPrintedSchema();

    static int checkEveryLine(Path results) throws Exception {
        int lines = 0;
        for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
            assertNull(SCHEMA.failure(line), line.substring(0, 120));
            lines++;
        }
        return lines;
    }

    @Test
    void everyOutputLineOfTheExamplesValidatesAgainstThePrintedSchema(@TempDir Path tmp) throws Exception {
        for (boolean provenance : List.of(false, true)) {
            Path results = tmp.resolve("r" + provenance + ".jsonl");
            CliRun run = provenance ? CliRun.of("normalize", "--provenance", "-o", results.toString(), "../examples")
                    : CliRun.of("normalize", "-o", results.toString(), "../examples");
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(5, checkEveryLine(results));
        }
    }

    @Test
    void everyOutputLineOfTheGeneratedCorpusAndOfAMissingFileValidatesAgainstThePrintedSchema(@TempDir Path tmp)
            throws Exception {
        List<String> inputs;
        try (Stream<Path> files = Files.walk(GeneratedCorpusTest.CORPUS)) {
            inputs = files.filter(Files::isRegularFile).map(Path::toString).filter(f -> !f.endsWith(".json"))
                    .sorted().toList();
        }
        Path results = tmp.resolve("r.jsonl");
        String[] args = Stream.concat(Stream.of("normalize", "--provenance", "-o", results.toString(),
                tmp.resolve("missing.pdf").toString()), inputs.stream()).toArray(String[]::new);
        CliRun.of(args);
        assertEquals(inputs.size() + 1, checkEveryLine(results));
        assertEquals(226, inputs.size());
    }
}
