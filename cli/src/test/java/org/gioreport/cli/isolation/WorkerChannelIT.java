package org.gioreport.cli.isolation;

import static org.gioreport.core.testing.TestPluginJars.pluginFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gioreport.cli.CliRun;
import org.gioreport.cli.PluginOptions;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.testing.TestPluginJars;
import org.gioreport.engine.internal.read.DocumentReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What code in a worker process can do to the channel and the process tree (issue 22, items 1 and 4), through
 * {@code normalize --isolation process}: a plugin writing an answer-shaped line on file descriptor 1 moves no
 * record, and processes a plugin starts are gone when the run ends; and what a worker relays to the terminal
 * (item 6): a plugin's terminal escapes arrive as text, in either isolation mode.
 */
class WorkerChannelIT {

    @TempDir
    Path dir;

    private Path plugins;
    private String realHome;
    private final List<Long> children = new ArrayList<>();

    @BeforeEach
    void setUp() {
        assumeTrue(System.getenv(PluginOptions.ENVIRONMENT_VARIABLE) == null,
                "these tests need " + PluginOptions.ENVIRONMENT_VARIABLE + " unset");
        realHome = System.getProperty("user.home");
        System.setProperty("user.home", dir.resolve("home").toString());
        plugins = dir.resolve("plugins");
    }

    @AfterEach
    void cleanUp() {
        if (realHome != null) {
            System.setProperty("user.home", realHome);
        }
        // should the test fail, the sleeps it made do not outlive it either
        children.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    @Test
    void anAnswerForgedOnFileDescriptorOneMovesNoRecord() throws IOException {
        Path forgedLine = dir.resolve("forged-line.txt");
        NormalizationResult forged = NormalizationResult.failed(DocumentReader.source(dir.resolve("not-an-input.txt"),
                null, null), null, Diagnostic.error("FORGED", null, "written by a plugin on fd 1"));
        Files.writeString(forgedLine, "{\"timedOut\":[],\"recycle\":false,\"result\":" + ReportJson.toLine(forged)
                + "}\n", StandardCharsets.UTF_8);
        // the document names the file holding the line; the plugin writes it past System.out, on fd 1 itself
        TestPluginJars.jar(plugins, "forges", pluginFor("forges", "forges-marker").normalize(
                "try { java.io.FileOutputStream out = new java.io.FileOutputStream(java.io.FileDescriptor.out);"
                        + " out.write(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("
                        + "document.text().split(\"\\\\s+\")[1]))); out.flush(); }"
                        + " catch (java.io.IOException e) { throw new RuntimeException(e); }"
                        + " return Extraction.notAReport(\"forged\");"));
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        List<Path> given = new ArrayList<>();
        given.add(Files.writeString(inputs.resolve("a-forges.txt"), "forges-marker " + forgedLine + "\n",
                StandardCharsets.UTF_8));
        for (Path example : HostilePluginsIT.exampleReports().subList(0, 3)) {
            given.add(Files.copy(example, inputs.resolve("b-" + example.getFileName())));
        }

        CliRun run = CliRun.of("normalize", "--isolation", "process", "--threads", "1", "--plugins", plugins,
                "-o", dir.resolve("out.jsonl"), given.get(0), given.get(1), given.get(2), given.get(3));

        List<NormalizationResult> results = CliRun.results(dir.resolve("out.jsonl"));
        assertEquals(given.stream().map(Path::toString).toList(), results.stream().map(r -> r.source().path())
                .toList(), "one record per input, in order, none for a path not given:\n" + run.err());
        assertFalse(results.get(0).diagnostics().stream().anyMatch(d -> d.code().equals("FORGED")),
                results.get(0).diagnostics()::toString);
        for (NormalizationResult r : results.subList(1, 4)) {
            assertNotNull(r.report(), r.source().path() + ": " + r.diagnostics());
        }
    }

    @Test
    void processesAPluginStartedAreGoneWhenTheRunEnds() throws IOException, InterruptedException {
        // starts two sleeps (one sharing the worker's standard streams), writes their pids to the named file
        TestPluginJars.jar(plugins, "forks", pluginFor("forks", "forks-marker").normalize(
                "try { Process a = new ProcessBuilder(\"sleep\", \"1200\").start();"
                        + " Process b = new ProcessBuilder(\"sleep\", \"1201\").inheritIO().start();"
                        + " java.nio.file.Files.writeString(java.nio.file.Path.of("
                        + "document.text().split(\"\\\\s+\")[1]), a.pid() + \" \" + b.pid());"
                        + " } catch (java.io.IOException e) { throw new RuntimeException(e); }"
                        + " return Extraction.notAReport(\"forked\");"));
        Path pids = dir.resolve("pids.txt");
        Path doc = Files.writeString(dir.resolve("forks.txt"), "forks-marker " + pids + "\n", StandardCharsets.UTF_8);
        Path report = Files.copy(HostilePluginsIT.exampleReports().get(0), dir.resolve("report.txt"));

        CliRun run = CliRun.of("normalize", "--isolation", "process", "--threads", "1", "--plugins", plugins,
                "-o", dir.resolve("out.jsonl"), doc, report);

        assertEquals(2, CliRun.results(dir.resolve("out.jsonl")).size(), run.err());
        for (String pid : Files.readString(pids).trim().split(" ")) {
            children.add(Long.parseLong(pid));
        }
        assertEquals(2, children.size());
        long deadline = System.nanoTime() + 30_000_000_000L; // a generous margin: the machine may be busy
        while (children.stream().anyMatch(WorkerChannelIT::alive) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        for (long pid : children) {
            assertFalse(alive(pid), "process " + pid + " a plugin started still runs after the run ended");
        }
    }

    @ParameterizedTest(name = "--isolation {0}")
    @ValueSource(strings = {"process", "thread"})
    void terminalEscapesInAPluginsWarningReachTheTerminalAsText(String isolation) throws IOException {
        // fails with a message that would turn the terminal red, ring its bell and rewrite the line
        TestPluginJars.jar(plugins, "escapes", pluginFor("escapes", "escapes-marker").normalize(
                "throw new IllegalStateException(\"\\u001b[31mred\\u0007 bell\\rback\\ttab\");"));
        Path doc = Files.writeString(dir.resolve("escapes.txt"), "escapes-marker\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("normalize", "--isolation", isolation, "--threads", "1", "--plugins", plugins,
                "-o", dir.resolve("out.jsonl"), doc);

        List<String> warnings = run.warnings().stream().filter(w -> w.contains("red")).toList();
        assertEquals(1, warnings.size(), run.err());
        assertTrue(warnings.get(0).contains("\\u001b[31mred\\u0007 bell\\u000dback\ttab"), warnings.get(0));
        assertFalse(run.err().chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t'), run.err());
    }

    private static boolean alive(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        return handle.isPresent() && handle.get().isAlive();
    }
}
