package org.gioreport.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.Test;

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
    void theReadmeShowsExactlyThisCode() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String source = Files.readString(Path.of("src/test/java/org/gioreport/example/UseFromJavaTest.java"));
        for (String tag : List.of("normalize", "validate")) {
            Matcher m = Pattern.compile("// tag::" + tag + "\\[]\\n(.*?)\\n\\s*// end::" + tag + "\\[]", Pattern.DOTALL)
                    .matcher(source);
            assertTrue(m.find(), tag);
            String code = m.group(1).stripIndent();
            assertTrue(readme.contains(code), "the README's Use from Java section lacks the '" + tag + "' code:\n"
                    + code);
        }
    }
}
