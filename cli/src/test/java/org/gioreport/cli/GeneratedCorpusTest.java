package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.testing.ExpectedValues;
import org.gioreport.core.testing.SourceGate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated corpus (formats/corpus) end to end, as a user runs it: real PDF, DOCX and HTML files read
 * with Tika, and every text layout. Prints one line per layout for the README's accuracy table.
 */
class GeneratedCorpusTest {

    static final Path CORPUS = Path.of("../formats/corpus/files");

    @ParameterizedTest(name = "{0}: at least {1}% correct")
    @CsvSource({
        "html, 100", "docx, 100", "doc, 100", "pdf, 100", "pdf-text, 100", "pdftotext-layout, 100", "cell-dump, 100",
        "web-page, 100", "encodings, 100", "damaged, 99.5", "pdftotext, 94"})
    void everyLayoutIsReadWithNothingWrongOrInvented(String layout, double minimum, @TempDir Path tmp)
            throws Exception {
        List<String> inputs;
        try (Stream<Path> files = Files.list(CORPUS.resolve(layout))) {
            inputs = files.filter(f -> !f.toString().endsWith(".expected.json")).map(Path::toString).sorted().toList();
        }
        String[] args = Stream.concat(Stream.of("--provenance"), inputs.stream()).toArray(String[]::new);
        List<NormalizationResult> results = CliRun.normalize(tmp.resolve("r.jsonl"), args);
        assertEquals(inputs.size(), results.size());
        ExpectedValues.Score total = new ExpectedValues.Score();
        for (NormalizationResult r : results) {
            Path input = Path.of(r.source().path());
            total.add(ExpectedValues.load(ExpectedValues.besideInput(input)).score(r.report()));
            List<String> gate = SourceGate.check(r.report(), r.derived(), r.provenance());
            assertEquals(List.of(), gate, input + " has values that do not stand in their source");
        }
        System.out.printf("corpus layout %-17s %3d files  %s%n", layout, results.size(), total);
        assertEquals(0, total.wrong, total::toString);
        assertEquals(0, total.invented, total::toString);
        assertTrue(total.percentCorrect() >= minimum, total::toString);
    }
}
