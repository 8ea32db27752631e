package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Attributes;
import java.util.stream.Collectors;
import org.gioreport.core.testing.BomVersions;
import org.gioreport.core.testing.EngineRuntimeLibraries;
import org.gioreport.core.testing.EngineRuntimeLibraries.Library;
import org.junit.jupiter.api.Test;

/**
 * The class paths users run hold every library the engine needs, and are one class path: the launcher's (the
 * command line jar's manifest, naming jars in {@code target/lib}) and the archive's {@code lib/}. A test-scoped
 * declaration in this module once left jsoup out of the first while the second had it (issue 19).
 */
class ShippedClassPathIT {

    static final Path TARGET = Path.of("target").toAbsolutePath();

    /** gioreport-bom, the versions a service imports. */
    static final Path BOM = Path.of("..", "bom", "pom.xml").toAbsolutePath().normalize();

    @Test
    void theLaunchersLibraryFolderHoldsEveryLibraryTheEngineNeedsAtRunTime() throws IOException {
        assertEquals(Set.of(), EngineRuntimeLibraries.missingFrom(libraryFolder()),
                "engine run-time libraries missing from " + TARGET.resolve("lib"));
    }

    @Test
    void theLaunchersManifestNamesExactlyTheJarsOfItsLibraryFolder() throws IOException {
        Set<String> named;
        try (JarFile jar = new JarFile(TARGET.resolve("gioreport-cli.jar").toFile())) {
            String classPath = jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            named = Arrays.stream(classPath.trim().split("\\s+"))
                    .map(entry -> entry.replaceFirst("^lib/", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(libraryFolder(), named);
    }

    @Test
    void theArchivesLibIsTheLaunchersLibraryFolderPlusTheCommandLineJar() throws Exception {
        Process tar = new ProcessBuilder("tar", "-tzf", LauncherRun.archive().toString()).redirectErrorStream(true)
                .start();
        String listing = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, tar.waitFor(), listing);
        String lib = "gioreport-" + LauncherRun.version() + "/lib/";
        Set<String> inArchive = listing.lines().filter(entry -> entry.startsWith(lib) && entry.length() > lib.length())
                .map(entry -> entry.substring(lib.length()))
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> expected = new TreeSet<>(libraryFolder());
        expected.add("gioreport-cli.jar");
        assertEquals(expected, inArchive);
        assertEquals(Set.of(), EngineRuntimeLibraries.missingFrom(inArchive), "missing from the archive's lib/");
    }

    /** Tika's Outlook PST, Access and e-mail parsers read nothing a report comes as: their libraries are left out. */
    @Test
    void noLibraryOfAParserNoReportNeedsIsShipped() throws IOException {
        List<String> unneeded = libraryFolder().stream().filter(jar -> jar.startsWith("java-libpst-")
                || jar.startsWith("jackcess-") || jar.startsWith("tika-parser-mail-commons-")
                || jar.startsWith("apache-mime4j-")).toList();
        assertEquals(List.of(), unneeded);
    }

    /**
     * gioreport-bom pins exactly the jars of the library folder, at their versions, and the command line's own
     * artifact: a service importing it runs what the distribution ships. A Tika upgrade (or any new library) fails
     * here, naming each jar, until the BOM says the same (issue 20).
     */
    @Test
    void theBomPinsEveryShippedJarAtItsShippedVersionAndNothingElse() throws IOException {
        Set<String> shipped = libraryFolder();
        Set<String> pinned = new TreeSet<>();
        for (Library library : BomVersions.read(BOM)) {
            if (!library.artifactId().equals("gioreport-cli")) {
                pinned.add(library.jarName());
            }
        }
        List<String> differences = new ArrayList<>();
        shipped.stream().filter(jar -> !pinned.contains(jar))
                .forEach(jar -> differences.add("shipped, not pinned in " + BOM + ": " + jar));
        pinned.stream().filter(jar -> !shipped.contains(jar))
                .forEach(jar -> differences.add("pinned, not shipped: " + jar));
        assertEquals(List.of(), differences);
    }

    private static Set<String> libraryFolder() throws IOException {
        Path lib = TARGET.resolve("lib");
        assertTrue(Files.isDirectory(lib), lib + " is missing: build with 'mvn verify'");
        try (var jars = Files.list(lib)) {
            return jars.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
