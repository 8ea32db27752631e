package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.testing.ExpectedValues;
import org.gioreport.core.testing.SourceGate;
import org.gioreport.core.testing.StatusContract;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated corpus (formats/corpus) end to end, as a user runs it: real PDF, DOCX and HTML files read
 * with Tika, and every text layout. Prints one line per layout for the README's accuracy table.
 */
class GeneratedCorpusTest {

    static final Path CORPUS = Path.of("../formats/corpus/files");

    @ParameterizedTest(name = "{0}: {1} files, {2} fields judged")
    @CsvSource({
        "html, 12, 2478", "docx, 12, 2478", "doc, 12, 2478", "pdf, 12, 2478", "pdf-text, 12, 2478",
        "pdftotext-layout, 12, 2478", "cell-dump, 12, 2478", "web-page, 12, 2478", "encodings, 1, 211",
        "damaged, 5, 1021", "pdftotext, 12, 2478", "joined-cells, 12, 2478", "joined-cells-table, 12, 2478",
        "page-footers, 12, 2478", "wrapped-labels, 12, 2478", "full-width, 12, 2478",
        "other-handling-one-row, 6, 1266", "cms-pages, 12, 2478", "pipe-rows, 12, 2478", "cut-off, 12, 2478",
        "utf16, 4, 826", "html-fragments, 4, 808", "markdown, 2, 404"})
    void everyLayoutIsReadWithNothingWrongOrInventedAndEveryNullExplained(String layout, int fileCount, int fields,
            @TempDir Path tmp) throws Exception {
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
            StatusContract.assertHolds(r);
            List<String> gate = SourceGate.check(r.report(), r.derived(), r.provenance(), r.format());
            assertEquals(List.of(), gate, input + " has values that are not the number of their source cell");
        }
        System.out.printf("corpus layout %-17s %3d files  %s%n", layout, results.size(), total);
        total.assertNothingWrongOrInvented(fileCount, fields);
    }
}
