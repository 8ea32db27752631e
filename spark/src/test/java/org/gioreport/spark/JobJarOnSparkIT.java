package org.gioreport.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.testing.EveryInputType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job jar as a cluster runs it: {@code NormalizeJob} in a JVM of its own whose class path is Spark's own jars (in
 * Spark's versions, {@code target/spark-classpath.txt}) and the job jar, nothing of Maven's test class path, in
 * {@code local[1]} with Spark's Java 17 options, as {@code bench/run-local.sh} does. On a folder with one file of
 * every input type, it must read every expected value ({@link EveryInputType}); the engine's run-time libraries must
 * all be in the job jar or on Spark's class path ({@link JobJarLibraries}); and Spark's logging must stay one
 * backend, its own Log4j: no provider warnings and no Log4j-to-SLF4J bridge looping back through Spark's binding.
 */
class JobJarOnSparkIT {

    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    /** What a provider warning or a logging loop prints (SLF4J 1 and 2, Log4j's status logger). */
    static final List<String> LOGGING_TROUBLE = List.of("SLF4J(W)", "SLF4J(E)", "SLF4J: ", "No SLF4J providers",
            "multiple SLF4J providers", "StatusLogger", "could not find a logging implementation",
            "could not find a logging provider", "cannot be present with", "Multiple logging implementations");

    @TempDir
    static Path tmp;

    static Path jobJar;
    static List<Path> sparkJars;
    /** What the job printed, stdout and stderr together. */
    static String output;
    static int exitCode;
    static Map<String, NormalizationResult> results = new TreeMap<>();
    /** The shown path of each copy in the job's input folder → the repository's file, beside its expected values. */
    static Map<String, Path> inputs = new TreeMap<>();

    @BeforeAll
    static void runTheJobJarOnSparksJars() throws Exception {
        jobJar = Path.of(System.getProperty("gioreport.job.jar"));
        sparkJars = Arrays.stream(Files.readString(Path.of(System.getProperty("gioreport.spark.classpath")))
                .strip().split(File.pathSeparator)).map(Path::of).toList();
        Path in = tmp.resolve("in");
        for (String file : EveryInputType.FILES) { // a folder per layout; the expected values stay where they are
            Path source = REPOSITORY.resolve(file);
            Path copy = in.resolve(source.getParent().getFileName().toString()).resolve(source.getFileName());
            Files.createDirectories(copy.getParent());
            Files.copy(source, copy);
            inputs.put(copy.toString(), source);
        }
        Path out = tmp.resolve("out");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(Arrays.asList(System.getProperty("gioreport.spark.javaOptions").strip().split("\\s+")));
        command.addAll(List.of("-Xmx1g", "-Dspark.master=local[1]", "-Dspark.ui.enabled=false",
                "-Dspark.driver.bindAddress=127.0.0.1", "-Dspark.driver.host=localhost", "-Dlog4j2.level=warn",
                "-cp", Files.readString(Path.of(System.getProperty("gioreport.spark.classpath"))).strip()
                        + File.pathSeparator + jobJar,
                "org.gioreport.spark.NormalizeJob", out.toString(), in.toString()));
        Path log = tmp.resolve("output.txt");
        Process job = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!job.waitFor(5, TimeUnit.MINUTES)) {
            job.destroyForcibly();
            throw new AssertionError("the job did not end in 5 minutes:\n" + Files.readString(log));
        }
        exitCode = job.exitValue();
        output = Files.readString(log);
        Path records = out.resolve("records");
        if (Files.isDirectory(records)) {
            try (Stream<Path> files = Files.walk(records)) {
                for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                    for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                        NormalizationResult r = ReportJson.fromLine(line);
                        results.put(r.source().path(), r);
                    }
                }
            }
        }
    }

    @Test
    void theJobJarReadsEveryInputTypeWithEveryExpectedValue() throws Exception {
        assertEquals(0, exitCode, output);
        assertEquals(inputs.keySet(), results.keySet(), output);
        List<String> problems = new ArrayList<>();
        for (var e : inputs.entrySet()) {
            NormalizationResult r = results.get(e.getKey());
            List<String> wrong = EveryInputType.problems(e.getValue(), r);
            if (!wrong.isEmpty()) {
                problems.add(e.getValue().getFileName() + " (" + r.status() + ", " + r.format() + "): "
                        + wrong.subList(0, Math.min(5, wrong.size())));
            }
        }
        assertEquals(List.of(), problems, "values the job jar on Spark's class path got wrong or missed");
    }

    @Test
    void everyEngineRuntimeLibraryIsInTheJobJarOrOnSparksClassPath() throws Exception {
        assertEquals(List.of(), JobJarLibraries.missing(jobJar, sparkJars,
                Path.of(System.getProperty("gioreport.localRepository")), Path.of("pom.xml")));
    }

    @Test
    void sparkKeepsOneLoggingBackendWithoutWarningsOrLoops() throws Exception {
        for (String trouble : LOGGING_TROUBLE) {
            assertFalse(output.contains(trouble), () -> "the job's output shows \"" + trouble + "\":\n" + output);
        }
        // log4j-to-slf4j (Log4j API → SLF4J) beside Spark's log4j-slf4j2-impl (SLF4J → Log4j) would be a loop
        String bridge = "org/apache/logging/slf4j/SLF4JLoggerContext.class";
        assertFalse(JobJarLibraries.names(jobJar).contains(bridge), "the job jar holds log4j-to-slf4j");
        assertFalse(JobJarLibraries.anyHolds(sparkJars, bridge), "Spark's class path holds log4j-to-slf4j");
        assertTrue(JobJarLibraries.anyHolds(sparkJars, "org/apache/logging/slf4j/Log4jLoggerFactory.class"),
                "Spark's class path has no log4j-slf4j2-impl: what does SLF4J log to?");
    }
}
