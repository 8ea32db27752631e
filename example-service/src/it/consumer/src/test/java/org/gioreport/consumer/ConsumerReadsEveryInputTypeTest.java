package org.gioreport.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.testing.BomVersions;
import org.gioreport.core.testing.EngineRuntimeLibraries;
import org.gioreport.core.testing.EveryInputType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer of the published gioreport-engine, on the class path Maven resolved for it without gioreport's parent
 * but with gioreport-bom imported: it holds every library the engine needs, each in the version the distribution
 * ships (the BOM's, which the command line's ShippedClassPathIT holds to the distribution's lib/), reads one file of
 * every input type with every expected value, and its output shows its own logger only (no SLF4J provider warning,
 * no Log4j status error), with POI's Log4j API logging arriving there. The service runs in a JVM of its own, so
 * that the logging start-up it shows is a service's.
 */
class ConsumerReadsEveryInputTypeTest {

    static final Path REPOSITORY = Path.of(System.getProperty("gioreport.repository")).toAbsolutePath().normalize();

    /** The consumer's local repository, where Maven put the jars of its class path. */
    static final Path LOCAL_REPOSITORY = Path.of(System.getProperty("gioreport.localRepository")).toAbsolutePath()
            .normalize();

    static final List<String> LOGGING_TROUBLE = List.of("SLF4J(W)", "SLF4J(E)", "SLF4J: ", "No SLF4J providers",
            "multiple SLF4J providers", "StatusLogger", "could not find a logging implementation",
            "could not find a logging provider", "cannot be present with", "Multiple logging implementations");

    @TempDir
    static Path tmp;

    static List<String> stdout;
    static String stderr;
    static int exitCode;

    @BeforeAll
    static void runTheService() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), NormalizeFiles.class.getName()));
        for (String file : EveryInputType.FILES) {
            command.add(REPOSITORY.resolve(file).toString());
        }
        Path out = tmp.resolve("stdout.txt");
        Path err = tmp.resolve("stderr.txt");
        Process service = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!service.waitFor(5, TimeUnit.MINUTES)) {
            service.destroyForcibly();
            throw new AssertionError("the service did not end in 5 minutes:\n" + Files.readString(err));
        }
        exitCode = service.exitValue();
        stdout = Files.readAllLines(out);
        stderr = Files.readString(err);
    }

    @Test
    void theConsumersClassPathHoldsEveryEngineRuntimeLibrary() throws Exception {
        Set<String> jarNames = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> Path.of(p).getFileName().toString()).collect(Collectors.toSet());
        assertEquals(Set.of(), EngineRuntimeLibraries.missingFrom(jarNames),
                "engine run-time libraries missing from (or in another version on) the consumer's class path");
    }

    /**
     * Every jar on the consumer's class path that gioreport ships is in the shipped version. Without the BOM's
     * import the service's own commons-text brought commons-lang3 3.12.0 instead of the 3.18.0 shipped.
     */
    @Test
    void theConsumerRunsTheVersionsTheDistributionShips() throws Exception {
        Map<String, String> shipped = BomVersions.versionsByKey(REPOSITORY.resolve("bom").resolve("pom.xml"));
        Set<String> compared = new TreeSet<>();
        List<String> otherVersions = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry).toAbsolutePath().normalize();
            if (!jar.startsWith(LOCAL_REPOSITORY) || !jar.toString().endsWith(".jar")) {
                continue;   // the consumer's own classes
            }
            // <group as folders>/<artifactId>/<version>/<artifactId>-<version>[-<classifier>].jar
            Path versionFolder = jar.getParent();
            String version = versionFolder.getFileName().toString();
            String artifactId = versionFolder.getParent().getFileName().toString();
            String groupId = LOCAL_REPOSITORY.relativize(versionFolder.getParent().getParent()).toString()
                    .replace(File.separatorChar, '.');
            String rest = jar.getFileName().toString().substring((artifactId + "-" + version).length());
            String classifier = rest.equals(".jar") ? "" : rest.substring(1, rest.length() - ".jar".length());
            String key = BomVersions.key(groupId, artifactId, classifier);
            if (shipped.containsKey(key)) {
                compared.add(key);
                if (!shipped.get(key).equals(version)) {
                    otherVersions.add(key + ": " + version + ", shipped " + shipped.get(key));
                }
            }
        }
        assertEquals(List.of(), otherVersions, "the consumer's libraries in another version than shipped");
        assertTrue(compared.size() >= EngineRuntimeLibraries.fromClassPath().size(),
                () -> "only " + compared.size() + " of the class path's jars compared: " + compared);
    }

    @Test
    void theServiceReadsEveryInputTypeWithEveryExpectedValue() throws Exception {
        assertEquals(0, exitCode, stderr);
        assertEquals(EveryInputType.FILES.size(), stdout.size(), stderr);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < stdout.size(); i++) {
            NormalizationResult r = ReportJson.fromLine(stdout.get(i));
            Path input = REPOSITORY.resolve(EveryInputType.FILES.get(i));
            assertEquals(input.toString(), r.source().path());
            List<String> wrong = EveryInputType.problems(input, r);
            if (!wrong.isEmpty()) {
                problems.add(input.getFileName() + " (" + r.status() + ", " + r.format() + "): "
                        + wrong.subList(0, Math.min(5, wrong.size())));
            }
        }
        assertEquals(List.of(), problems, "values the consumer got wrong or missed");
    }

    @Test
    void theServiceSeesOnlyItsOwnLogger() {
        for (String trouble : LOGGING_TROUBLE) {
            assertFalse(stderr.contains(trouble) || String.join("\n", stdout).contains(trouble),
                    () -> "the service's output shows \"" + trouble + "\":\n" + stderr);
        }
        assertTrue(stderr.contains("INFO " + NormalizeFiles.class.getName() + " - consumer normalized"), stderr);
        // POI (the Word 97 file) logs through the Log4j API: it must arrive at the service's SLF4J backend
        assertTrue(stderr.lines().anyMatch(l -> l.contains("WARN org.apache.poi.")), stderr);
    }
}
