package org.gioreport.spark;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gioreport.core.testing.EngineRuntimeLibraries;
import org.gioreport.core.testing.EngineRuntimeLibraries.Library;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Whether each library the engine needs at run time ({@link EngineRuntimeLibraries}) reaches a Spark job: either
 * shaded into the job jar, or provided by Spark's own class path. A library counts as shaded when every file of its
 * jar outside {@code META-INF/} is in the job jar, at the path the shade plugin's relocations (read from this
 * module's {@code pom.xml}, so they cannot drift apart) give it, and, when the library's jar carries its
 * {@code META-INF/maven/G/A/pom.properties}, the job jar's copy states the engine's version: files alone would
 * also match another version of the library. The libraries the job jar leaves out on purpose (the shade's
 * {@code org.slf4j}, {@code org.apache.logging.log4j} and {@code commons-logging} excludes: logging is the
 * cluster's) count as provided only when {@link #SPARK_PROVIDES} names what does their work on Spark's class path
 * and that file is in one of Spark's jars; a new excluded library without an entry there is reported.
 */
final class JobJarLibraries {

    /** Excluded library ({@code group:artifact}) → a file of Spark's class path that does its work there. */
    static final Map<String, String> SPARK_PROVIDES = Map.of(
            "org.slf4j:slf4j-api", "org/slf4j/LoggerFactory.class",
            "org.apache.logging.log4j:log4j-api", "org/apache/logging/log4j/LogManager.class",
            // Spark's jcl-over-slf4j: commons-logging's API, sent to SLF4J
            "commons-logging:commons-logging", "org/apache/commons/logging/LogFactory.class",
            // POI's Log4j API calls go straight to Spark's Log4j core; the bridge to SLF4J would loop back to
            // Log4j through Spark's log4j-slf4j2-impl (the IT checks that it is on neither class path)
            "org.apache.logging.log4j:log4j-to-slf4j",
            "org/apache/logging/log4j/core/impl/Log4jContextFactory.class");

    private static final List<String> EXCLUDED_GROUPS = List.of("org.slf4j", "org.apache.logging.log4j",
            "commons-logging");

    private record Relocation(String from, String to, List<String> except) {
        String apply(String path) {
            if (!path.startsWith(from) || except.stream().anyMatch(path::startsWith)) {
                return path;
            }
            return to + path.substring(from.length());
        }
    }

    private JobJarLibraries() {
    }

    /** Each engine run-time library that reaches neither the job jar nor Spark's class path, with why; sorted. */
    static List<String> missing(Path jobJar, List<Path> sparkJars, Path localRepository, Path pom) throws Exception {
        List<Relocation> relocations = relocations(pom);
        Set<String> shaded = names(jobJar);
        List<String> problems = new ArrayList<>();
        for (Library library : EngineRuntimeLibraries.fromClassPath()) {
            String key = library.groupId() + ":" + library.artifactId();
            if (EXCLUDED_GROUPS.contains(library.groupId())) {
                String file = SPARK_PROVIDES.get(key);
                if (file == null) {
                    problems.add(library + ": left out of the job jar, and nothing says what Spark provides instead");
                } else if (!anyHolds(sparkJars, file)) {
                    problems.add(library + ": left out of the job jar, and Spark's class path has no " + file);
                }
                continue;
            }
            Path jar = jarOf(library, localRepository);
            if (!Files.isRegularFile(jar)) {
                problems.add(library + ": no " + jar + " to compare with");
                continue;
            }
            problems.addAll(notShaded(library, jar, shaded, relocations, jobJar));
        }
        return problems;
    }

    /**
     * The library's jar on this test's class path (in a reactor build, gioreport's own modules are the jars this
     * build made, which the local repository may not hold yet, or hold from another build), else in the local
     * repository.
     */
    private static Path jarOf(Library library, Path localRepository) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (path.getFileName() != null && path.getFileName().toString().equals(library.jarName())) {
                return path;
            }
        }
        return localRepository.resolve(library.groupId().replace('.', '/')).resolve(library.artifactId())
                .resolve(library.version()).resolve(library.jarName());
    }

    private static List<String> notShaded(Library library, Path jar, Set<String> shaded, List<Relocation> relocations,
                                          Path jobJar) throws IOException {
        List<String> absent = new ArrayList<>();
        String pomProperties = "META-INF/maven/" + library.groupId() + "/" + library.artifactId() + "/pom.properties";
        boolean hasPomProperties = false;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName();
                hasPomProperties |= name.equals(pomProperties);
                if (entry.isDirectory() || name.startsWith("META-INF/") || name.equals("module-info.class")) {
                    continue;
                }
                String path = name;
                for (Relocation r : relocations) { // the first that applies, as the shade plugin does
                    path = r.apply(name);
                    if (!path.equals(name)) {
                        break;
                    }
                }
                if (!shaded.contains(path)) {
                    absent.add(path);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        if (!absent.isEmpty()) {
            problems.add(library + ": " + absent.size() + " of its files are not in the job jar, e.g. "
                    + absent.subList(0, Math.min(3, absent.size())));
        }
        if (hasPomProperties) {
            String version = versionIn(jobJar, pomProperties);
            if (!library.version().equals(version)) {
                problems.add(library + ": the job jar's " + pomProperties + " says version " + version);
            }
        }
        return problems;
    }

    private static String versionIn(Path jar, String entry) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry e = zip.getEntry(entry);
            if (e == null) {
                return null;
            }
            Properties p = new Properties();
            try (InputStream in = zip.getInputStream(e)) {
                p.load(in);
            }
            return p.getProperty("version");
        }
    }

    static Set<String> names(Path jar) throws IOException {
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().forEach(e -> names.add(e.getName()));
        }
        return names;
    }

    static boolean anyHolds(List<Path> jars, String file) throws IOException {
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                if (zip.getEntry(file) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The shade plugin's {@code <relocation>}s of the pom, as path prefixes. */
    private static List<Relocation> relocations(Path pom) throws Exception {
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile())
                .getElementsByTagName("relocation");
        List<Relocation> relocations = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element r = (Element) nodes.item(i);
            List<String> except = new ArrayList<>();
            NodeList excludes = r.getElementsByTagName("exclude");
            for (int j = 0; j < excludes.getLength(); j++) {
                except.add(asPath(excludes.item(j).getTextContent().strip().replaceAll("\\.?\\*+$", "")));
            }
            relocations.add(new Relocation(asPath(text(r, "pattern")), asPath(text(r, "shadedPattern")), except));
        }
        if (relocations.isEmpty()) {
            throw new IllegalStateException("no <relocation> in " + pom);
        }
        return relocations;
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
    }

    private static String asPath(String packageName) {
        return packageName.replace('.', '/') + "/";
    }
}
