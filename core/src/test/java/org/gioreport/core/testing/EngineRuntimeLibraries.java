package org.gioreport.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The libraries the engine needs at run time, as its own jar lists them
 * ({@value #RESOURCE}, written by the engine's build with {@code dependency:list}). Every shipped artifact is checked
 * against this list: the launcher's {@code cli/target/lib}, the archive's {@code lib/}, the Spark job jar and a
 * consumer's class path. One module's test-scoped declaration once removed jsoup from the launcher's class path
 * while every test, run on Maven's test class path, stayed green (issue 19).
 */
public final class EngineRuntimeLibraries {

    /** Where the engine's jar keeps the list. */
    public static final String RESOURCE = "META-INF/gioreport/engine-runtime-dependencies.txt";

    /**
     * One library: Maven coordinates, the file name Maven gives its jar, and whether the engine declares it optional
     * (the OCR module and its natives: a consumer gets them only by asking).
     */
    public record Library(String groupId, String artifactId, String classifier, String version, boolean optional) {

        /** {@code artifactId-version[-classifier].jar}, the name copy-dependencies and the assembly give it. */
        public String jarName() {
            return artifactId + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier) + ".jar";
        }

        @Override
        public String toString() {
            return groupId + ":" + artifactId + ":" + version + (classifier.isEmpty() ? "" : ":" + classifier);
        }
    }

    private EngineRuntimeLibraries() {
    }

    /** The list from the engine jar on this class path; fails when the engine jar holds none. */
    public static List<Library> fromClassPath() throws IOException {
        try (InputStream in = EngineRuntimeLibraries.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path: is the engine built?");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /**
     * Reads {@code dependency:list} output: lines such as
     * {@code   org.jsoup:jsoup:jar:1.21.2:compile -- module org.jsoup}, and
     * {@code group:artifact:type:classifier:version:scope} for a classified jar.
     */
    static List<Library> parse(String listing) {
        List<Library> libraries = new ArrayList<>();
        for (String line : listing.lines().toList()) {
            String coordinates = line.strip().split("\\s+--\\s+", 2)[0].strip();
            boolean optional = coordinates.endsWith("(optional)");
            String[] parts = coordinates.replace("(optional)", "").strip().split(":");
            if (parts.length == 5) {
                libraries.add(new Library(parts[0], parts[1], "", parts[3], optional));
            } else if (parts.length == 6) {
                libraries.add(new Library(parts[0], parts[1], parts[3], parts[4], optional));
            }
        }
        if (libraries.isEmpty()) {
            throw new IllegalStateException("no library in " + RESOURCE + ":\n" + listing);
        }
        return libraries;
    }

    /**
     * The libraries whose jar is not among the given file names, sorted: empty when the folder is complete. The
     * shipped tool has every one, the optional OCR module included.
     */
    public static Set<String> missingFrom(Collection<String> jarNames) throws IOException {
        return missingFrom(jarNames, true);
    }

    /** As {@link #missingFrom(Collection)}, for a consumer that did not ask for the optional libraries. */
    public static Set<String> missingRequiredFrom(Collection<String> jarNames) throws IOException {
        return missingFrom(jarNames, false);
    }

    private static Set<String> missingFrom(Collection<String> jarNames, boolean withOptional) throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Library library : fromClassPath()) {
            if ((withOptional || !library.optional()) && !jarNames.contains(library.jarName())) {
                missing.add(library.toString());
            }
        }
        return missing;
    }
}
