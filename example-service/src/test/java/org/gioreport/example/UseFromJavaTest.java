package org.gioreport.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Report;
import org.gioreport.core.testing.ExpectedValues;
import org.gioreport.core.testing.SampleReports;
import org.gioreport.core.validation.ReportValidator;
import org.gioreport.engine.Gioreport;
import org.gioreport.engine.batch.BatchSetupException;
import org.gioreport.engine.batch.FileBatch;
import org.gioreport.engine.internal.batch.OutputLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service that reads reports in-process, as the README's "Use from Java" shows: its code blocks are the
 * regions between the {@code tag::} and {@code end::} comments below, word for word.
 */
class UseFromJavaTest {

    private static final Path ROOT = Path.of("..");
    private static final Path CORPUS = ROOT.resolve("formats/corpus/files");

    @Test
    void aPdfADocxAndATextReportAreNormalizedThroughTheFacade() throws IOException {
        List<Path> files = List.of(CORPUS.resolve("pdf/syn02.pdf"), CORPUS.resolve("docx/syn03.docx"),
                CORPUS.resolve("web-page/syn04.txt"));
        List<NormalizationResult> results = new ArrayList<>();
        // tag::normalize[]
        try (Gioreport engine = Gioreport.builder().build()) {     // reuse one engine: thread-safe
            for (Path file : files) {
                NormalizationResult result = engine.normalize(file);
                String jsonLine = ReportJson.toLine(result);           // what `gioreport normalize` writes
                results.add(result);
            }
        }
        // end::normalize[]

        ExpectedValues.Score score = new ExpectedValues.Score();
        for (int i = 0; i < files.size(); i++) {
            assertTrue(results.get(i).report() != null, results.get(i).diagnostics().toString());
            score.add(ExpectedValues.load(ExpectedValues.besideInput(files.get(i))).score(results.get(i).report()));
        }
        assertEquals(List.of("pdf-text", "structured-table", "web-page"),
                results.stream().map(NormalizationResult::format).toList());
        score.assertAllCorrect(3, 606); // every field the three expected files state
    }

    @Test
    void aDocumentGivenAsBytesOrAStreamIsReadLikeAFileOfThatName() throws IOException {
        Path docx = CORPUS.resolve("docx/syn03.docx");
        try (Gioreport engine = Gioreport.builder().build(); InputStream in = Files.newInputStream(docx)) {
            NormalizationResult fromStream = engine.normalize(in, "upload.docx");
            NormalizationResult fromBytes = engine.normalize(Files.readAllBytes(docx), "upload.docx");
            NormalizationResult fromFile = engine.normalize(docx);

            assertEquals("upload.docx", fromStream.source().path());
            assertEquals(fromFile.source().sha256(), fromStream.source().sha256());
            assertEquals(ReportPaths.flatten(fromFile.report()), ReportPaths.flatten(fromStream.report()));
            assertEquals(ReportPaths.flatten(fromFile.report()), ReportPaths.flatten(fromBytes.report()));
        }
    }

    @Test
    void aReportMadeByHandIsCheckedWithCoreAlone() {
        Map<String, Object> values = SampleReports.consistent2019();
        values.put("applications.newlyReceived.total", 999); // the row's columns no longer add up to it
        Report report = SampleReports.report(values);

        // tag::validate[]
        List<Diagnostic> problems = new ReportValidator().validate(report);   // gioreport-core alone
        // end::validate[]

        // the total breaks its row's sum and, with it, 第一项加第二项之和等于第三项加第四项之和
        assertEquals(List.of("CROSSCHECK_ROW_TOTAL", "CROSSCHECK_BALANCE"),
                problems.stream().map(Diagnostic::code).toList());
        assertTrue(problems.get(0).path().startsWith("applications.newlyReceived"), problems.toString());
        assertTrue(new ReportValidator().validate(SampleReports.report(SampleReports.consistent2019())).isEmpty());
    }

    @Test
    void anInterruptedBatchGoesOnWhereItStoppedThroughTheLibrary(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        for (String name : List.of("pdf/syn02.pdf", "docx/syn03.docx", "web-page/syn04.txt", "web-page/syn05.txt",
                "html/syn01.html")) {
            Files.copy(CORPUS.resolve(name), folder.resolve(name.replace('/', '-')));
        }
        Path whole = dir.resolve("whole.jsonl");
        try (Gioreport engine = Gioreport.builder().build()) {
            FileBatch.of(engine, List.of(folder)).output(whole).build().run();
        }
        List<String> records = Files.readAllLines(whole);
        assertEquals(5, records.size());
        Path results = dir.resolve("results.jsonl"); // a run stopped in its third record
        Files.writeString(results, records.get(0) + "\n" + records.get(1) + "\n"
                + records.get(2).substring(0, records.get(2).length() / 2));
        // tag::batch[]
        FileBatch.Report report;
        try (Gioreport engine = Gioreport.builder().build()) {
            report = FileBatch.of(engine, List.of(folder))
                    .output(results).resume(true)     // skip what the file records, repair it, go on
                    .build().run();
        }
        System.out.println(report.written() + " read, " + report.skipped() + " recorded before");
        // end::batch[]

        assertEquals(2, report.skipped());
        assertEquals(3, report.written());
        assertTrue(report.allRead());
        assertEquals(records, Files.readAllLines(results), "the resumed file is the uninterrupted run's");
        assertFalse(Files.exists(OutputLock.fileOf(results)), "the lock file goes with the run");
    }

    @Test
    void aSecondBatchOnTheSameOutputIsRefusedWhileTheFirstHoldsIt(@TempDir Path dir) throws IOException {
        Path results = dir.resolve("results.jsonl");
        try (Gioreport engine = Gioreport.builder().build();
             OutputLock held = OutputLock.acquire(results)) {
            FileBatch second = FileBatch.of(engine, List.of(CORPUS.resolve("web-page/syn04.txt")))
                    .output(results).build();
            BatchSetupException refused = assertThrows(BatchSetupException.class, second::run);
            assertTrue(refused.getMessage().contains("another gioreport run"), refused.getMessage());
        }
        assertFalse(Files.exists(results), "nothing was written");
    }

    @Test
    void theReadmeShowsExactlyThisCode() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String source = Files.readString(Path.of("src/test/java/org/gioreport/example/UseFromJavaTest.java"));
        for (String tag : List.of("normalize", "validate", "batch")) {
            Matcher m = Pattern.compile("// tag::" + tag + "\\[]\\n(.*?)\\n\\s*// end::" + tag + "\\[]", Pattern.DOTALL)
                    .matcher(source);
            assertTrue(m.find(), tag);
            String code = m.group(1).stripIndent();
            assertTrue(readme.contains(code), "the README's Use from Java section lacks the '" + tag + "' code:\n"
                    + code);
            assertReadmeImportsWhatTheCodeUses(readme, code, source);
        }
    }

    /**
     * The README's block shows, above the code, the imports of every type the code names that this test imports,
     * each one as it is here: a reader can paste it and compile.
     */
    private static void assertReadmeImportsWhatTheCodeUses(String readme, String code, String source) {
        int at = readme.indexOf(code);
        String block = readme.substring(readme.lastIndexOf("```java", at), at);
        Set<String> shown = new TreeSet<>(Pattern.compile("(?m)^import [\\w.]+;$").matcher(block).results()
                .map(MatchResult::group).toList());
        Matcher imports = Pattern.compile("(?m)^import ([\\w.]+\\.(\\w+));$").matcher(source);
        while (imports.find()) {
            if (Pattern.compile("(?<![.\\w])" + imports.group(2) + "\\b").matcher(code).find()) { // not X.Name
                assertTrue(shown.contains(imports.group()), "the README's block of\n" + code + "\nlacks "
                        + imports.group());
            }
        }
        for (String line : shown) {
            assertTrue(source.contains(line + "\n"), "the README imports what this test does not: " + line);
        }
    }
}
