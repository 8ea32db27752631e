package org.gioreport.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.gioreport.cli.CliRun;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Status;
import org.gioreport.engine.batch.JsonLinesFormat;
import org.gioreport.engine.batch.RecordFormat;
import org.gioreport.engine.internal.InputProcessor;
import org.gioreport.engine.internal.batch.BatchRun;
import org.gioreport.engine.internal.batch.InputFiles;
import org.gioreport.engine.internal.batch.ResumeLedger;
import org.gioreport.engine.internal.plugins.LayoutPlugins;
import org.gioreport.engine.internal.plugins.Normalizer;
import org.gioreport.engine.internal.plugins.SafeInvoker;
import org.gioreport.engine.internal.read.DocumentReader;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.FitScore;
import org.gioreport.spi.LayoutPlugin;
import org.gioreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunTest {

    @TempDir
    Path dir;

    /** Fits every document; hangs on those named "hang…", throws on "boom…", finds no report in the others. */
    static final class MoodyPlugin implements LayoutPlugin {
        @Override public String id() { return "moody"; }
        @Override public String version() { return "1"; }
        @Override public int spiVersion() { return SPI_VERSION; }
        @Override public FitScore fit(SourceDocument d) { return FitScore.of(0.9, "fits anything"); }
        @Override public Extraction normalize(SourceDocument d) {
            if (d.name().startsWith("hang")) {
                try {
                    Thread.sleep(Duration.ofMinutes(10).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (d.name().startsWith("boom")) {
                throw new IllegalStateException("boom");
            }
            return Extraction.notAReport("no report here");
        }
    }

    private List<Path> textFiles(String... names) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String n : names) {
            files.add(Files.writeString(dir.resolve(n), "第一行\n第二行\n" + n));
        }
        return files;
    }

    private List<NormalizationResult> runWithMoodyPlugin(List<Path> inputs, int threads, Duration timeout)
            throws IOException {
        StringWriter out = new StringWriter();
        try (SafeInvoker invoker = new SafeInvoker(timeout);
             InputProcessor processor = new InputProcessor(new DocumentReader(1 << 20),
                     new Normalizer(LayoutPlugins.of(new MoodyPlugin()), invoker), null, false, timeout)) {
            new BatchRun(processor, new JsonLinesFormat(), ResumeLedger.none(), threads, 4, true, e -> { })
                    .run(inputs.iterator(), out, o -> { });
        }
        Path jsonl = Files.writeString(dir.resolve("out.jsonl"), out.toString());
        return CliRun.results(jsonl);
    }

    @Test
    void inputPastTheTimeLimitFailsAsTimeoutAndTheOthersGoOn() throws IOException {
        List<Path> inputs = textFiles("a.txt", "hang.txt", "b.txt", "c.txt", "d.txt", "e.txt");
        List<NormalizationResult> results = runWithMoodyPlugin(inputs, 2, Duration.ofSeconds(10)); // against a 10-minute hang
        assertEquals(inputs.stream().map(Path::toString).toList(),
                results.stream().map(r -> r.source().path()).toList(), "one record each, in input order");
        NormalizationResult hung = results.get(1);
        assertEquals(Status.FAILED, hung.status());
        assertEquals("PLUGIN_TIMEOUT", hung.diagnostics().get(0).code());
        assertTrue(hung.diagnostics().get(0).message().contains("time limit"), hung.diagnostics().toString());
        results.stream().filter(r -> r != hung).forEach(r -> assertEquals(Status.UNRECOGNIZED, r.status()));
    }

    @Test
    void pluginThatThrowsCostsOnlyItsInput() throws IOException {
        List<Path> inputs = textFiles("a.txt", "boom.txt", "b.txt");
        List<NormalizationResult> results = runWithMoodyPlugin(inputs, 2, Duration.ofSeconds(30));
        assertEquals(3, results.size());
        assertEquals(Status.FAILED, results.get(1).status());
        assertEquals("PLUGIN_FAILED", results.get(1).diagnostics().get(0).code());
        assertEquals(Status.UNRECOGNIZED, results.get(2).status());
    }

    @Test
    void outputIsTheSameInInputOrderWhateverTheNumberOfThreads() throws IOException {
        Path crawl = CorpusCopies.make(dir.resolve("crawl"), 1);
        String one = CliRun.of("normalize", "--quiet", "--threads", 1, crawl).out();
        String four = CliRun.of("normalize", "--quiet", "--threads", 4, crawl).out();
        assertEquals(one, four);
        List<String> paths = CliRun.results(Files.writeString(dir.resolve("one.jsonl"), one)).stream()
                .map(r -> r.source().path()).toList();
        assertEquals(InputFiles.expand(List.of(crawl)).stream().map(Path::toString).toList(), paths);
    }

    @Test
    void unorderedOutputHoldsTheSameRecords() throws IOException {
        Path crawl = CorpusCopies.make(dir.resolve("crawl"), 1);
        Set<String> ordered = new HashSet<>(CliRun.of("normalize", "--quiet", crawl).out().lines().toList());
        List<String> unordered = CliRun.of("normalize", "--quiet", "--unordered", "--threads", 3, crawl).out()
                .lines().toList();
        assertEquals(ordered.size(), unordered.size());
        assertEquals(ordered, new HashSet<>(unordered));
    }

    @Test
    void writerIsToldOfEveryInputInOrderEvenWithAWindowSmallerThanTheWork() throws IOException {
        Path crawl = CorpusCopies.make(dir.resolve("crawl"), 1);
        List<Path> inputs = InputFiles.expand(List.of(crawl));
        List<String> told = new ArrayList<>();
        AtomicInteger records = new AtomicInteger();
        StringWriter out = new StringWriter();
        try (SafeInvoker invoker = new SafeInvoker(Duration.ofSeconds(60));
             InputProcessor processor = new InputProcessor(new DocumentReader(1 << 24), new Normalizer(
                     LayoutPlugins.discover(getClass().getClassLoader(), List.of(), w -> { }), invoker),
                     null, false, Duration.ofSeconds(60))) {
            new BatchRun(processor, new JsonLinesFormat(), ResumeLedger.none(), 4, 1, true, e -> { })
                    .run(inputs.iterator(), out, o -> {
                        told.add(o.path());
                        records.incrementAndGet();
                    });
        }
        assertEquals(inputs.stream().map(Path::toString).toList(), told);
        assertEquals(inputs.size(), out.toString().lines().count());
    }

    @Test
    void recordThatCannotBeMadeStopsTheRunWithAnError() throws IOException {
        List<Path> inputs = textFiles("a.txt");
        RecordFormat broken = new RecordFormat() {
            @Override
            public String header() {
                return "";
            }

            @Override
            public String format(NormalizationResult result) {
                throw new IllegalStateException("cannot format");
            }

            @Override
            public boolean quotedLineBreaks() {
                return false;
            }

            @Override
            public Recorded recorded(String record) {
                return null;
            }
        };
        try (SafeInvoker invoker = new SafeInvoker(Duration.ofSeconds(5));
             InputProcessor processor = new InputProcessor(new DocumentReader(1 << 20),
                     new Normalizer(LayoutPlugins.of(new MoodyPlugin()), invoker), null, false, (Duration) null)) {
            BatchRun run = new BatchRun(processor, broken, ResumeLedger.none(), 1, 4, true, e -> { });
            IOException e = assertThrows(IOException.class, () -> run.run(inputs.iterator(), new StringWriter(),
                    o -> { }));
            assertTrue(e.getMessage().contains("a.txt"), e.getMessage());
        }
    }
}
