package org.gioreport.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.gioreport.cli.CliRun;
import org.gioreport.core.json.ReportJson;
import org.gioreport.engine.batch.JsonLinesFormat;
import org.gioreport.engine.internal.InputProcessor;
import org.gioreport.engine.internal.batch.BatchRun;
import org.gioreport.engine.internal.batch.InputFiles;
import org.gioreport.engine.internal.batch.ResumeLedger;
import org.gioreport.engine.internal.plugins.LayoutPlugins;
import org.gioreport.engine.internal.plugins.Normalizer;
import org.gioreport.engine.internal.plugins.SafeInvoker;
import org.gioreport.engine.internal.read.DocumentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C or SIGTERM: the records written are flushed whole, stderr says how to go on, --resume completes it. */
class StopOnSignalTest {

    @TempDir
    Path dir;

    @Test
    void stoppedRunFlushesWholeRecordsAndReturnsWhileAnInputIsStillBeingRead() throws Exception {
        List<Path> inputs = new ArrayList<>();
        for (String name : List.of("a.txt", "b.txt", "hang.txt", "c.txt")) {
            inputs.add(Files.writeString(dir.resolve(name), "第一行\n第二行\n" + name));
        }
        StringWriter out = new StringWriter();
        try (SafeInvoker invoker = new SafeInvoker(Duration.ZERO);
             InputProcessor processor = new InputProcessor(new DocumentReader(1 << 20),
                     new Normalizer(LayoutPlugins.of(new BatchRunTest.MoodyPlugin()), invoker), null, false,
                     Duration.ZERO)) {
            BatchRun run = new BatchRun(processor, new JsonLinesFormat(), ResumeLedger.none(), 1, 4, true, e -> { });
            CompletableFuture<Throwable> ended = CompletableFuture.supplyAsync(() -> {
                try {
                    run.run(inputs.iterator(), out, o -> { });
                    return null;
                } catch (Throwable e) {
                    return e;
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (out.toString().split("\n", -1).length < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10); // a and b written; the hanging input holds the rest up (no time limit)
            }

            assertTrue(run.stop(Duration.ofSeconds(10)), "the run stopped though an input never finishes");
            Throwable why = ended.get(10, TimeUnit.SECONDS);
            assertTrue(why instanceof BatchRun.Stopped, String.valueOf(why));
        }
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size(), out.toString());
        assertTrue(out.toString().endsWith("\n"));
        for (String line : lines) {
            ReportJson.fromLine(line); // each record whole
        }
    }

    @Test
    void sigtermFlushesWholeRecordsSaysHowToGoOnAndResumeCompletesTheRun() throws Exception {
        Path crawl = CorpusCopies.make(dir.resolve("crawl"), 2);
        List<Path> inputs = InputFiles.expand(List.of(crawl));
        Path out = dir.resolve("out.jsonl");
        Path log = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.gioreport.cli.Main", "normalize", "--threads", "1", "-o", out.toString(), crawl.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            while (child.isAlive() && (!Files.exists(out) || Files.size(out) == 0)) {
                Thread.sleep(5);
            }
            assertTrue(child.isAlive(), "still running when stopped: " + Files.readString(log));
            child.destroy(); // SIGTERM on Linux
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        String err = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(143, child.exitValue(), err);
        assertTrue(err.contains("stopped by a signal;"), err);
        assertTrue(err.contains("gioreport normalize -o " + out + " --resume " + crawl), err);
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(written.endsWith("\n"), "the last record is whole");
        List<String> lines = written.lines().toList();
        assertTrue(lines.size() < inputs.size(), "stopped before the end: " + lines.size());
        for (String line : lines) {
            ReportJson.fromLine(line);
        }

        CliRun resumed = CliRun.of("normalize", "--quiet", "-o", out, "--resume", crawl);

        assertTrue(!resumed.err().contains("was cut off"), "nothing to repair: " + resumed.err());
        Map<String, Long> counts = CliRun.results(out).stream()
                .collect(Collectors.groupingBy(r -> r.source().path(), TreeMap::new, Collectors.counting()));
        Map<String, Long> once = inputs.stream().collect(Collectors.toMap(Path::toString, p -> 1L, Long::sum,
                TreeMap::new));
        assertEquals(once, counts, "every input exactly once");
    }
}
