package org.gioreport.core.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.gioreport.spi.LayoutPlugin;

/**
 * Builds plugin jars inside a test, from Java source, so no binary jar is committed: a working plugin, one that
 * throws or hangs, one built against another SPI version, a corrupt jar. Also used by the CLI's plugin tests.
 */
public final class TestPluginJars {

    private TestPluginJars() {
    }

    /** A plugin to build; every part has a harmless default. */
    public record Spec(String id, String spiVersion, String constructor, String fit, String normalize) {

        /** The simple class name the plugin gets, e.g. {@code ThrowsInNormalizePlugin} for "throws-in-normalize". */
        public String className() {
            StringBuilder s = new StringBuilder();
            for (String part : id.split("[^A-Za-z0-9]+")) {
                if (!part.isEmpty()) {
                    s.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
                }
            }
            return "test.plugins." + s + "Plugin";
        }

        public Spec spiVersion(int version) {
            return new Spec(id, String.valueOf(version), constructor, fit, normalize);
        }

        /** Statements run by the public no-argument constructor. */
        public Spec constructor(String statements) {
            return new Spec(id, spiVersion, statements, fit, normalize);
        }

        /** The body of {@code fit(SourceDocument document)}. */
        public Spec fit(String body) {
            return new Spec(id, spiVersion, constructor, body, normalize);
        }

        /** The body of {@code normalize(SourceDocument document)}. */
        public Spec normalize(String body) {
            return new Spec(id, spiVersion, constructor, fit, body);
        }

        String source() {
            String simple = className().substring(className().lastIndexOf('.') + 1);
            return "package test.plugins;\n"
                    + "import org.gioreport.spi.*;\n"
                    + "public final class " + simple + " implements LayoutPlugin {\n"
                    + "  public " + simple + "() { " + constructor + " }\n"
                    + "  public String id() { return \"" + id + "\"; }\n"
                    + "  public String version() { return \"0.1-test\"; }\n"
                    + "  public int spiVersion() { return " + spiVersion + "; }\n"
                    + "  public FitScore fit(SourceDocument document) { " + fit + " }\n"
                    + "  public Extraction normalize(SourceDocument document) { " + normalize + " }\n"
                    + "}\n";
        }
    }

    /** A plugin that fits every document at 0.99 and finds no report in it. */
    public static Spec plugin(String id) {
        return new Spec(id, "SPI_VERSION", "", "return FitScore.of(0.99, \"test plugin\");",
                "return Extraction.notAReport(\"test plugin\");");
    }

    /** A plugin that fits only documents whose text contains {@code marker}, at 0.99. */
    public static Spec pluginFor(String id, String marker) {
        return plugin(id).fit("return document.text().contains(\"" + marker + "\") ? FitScore.of(0.99, \"marker\")"
                + " : FitScore.no(\"no marker\");");
    }

    /** Statements that block for {@code seconds}, ignoring interrupts, as a stuck plugin would. */
    public static String hangFor(int seconds) {
        return "long end = System.nanoTime() + " + seconds + "_000_000_000L;"
                + " while (System.nanoTime() < end) { try { Thread.sleep(20); } catch (InterruptedException e) { } }";
    }

    /** Compiles the plugins and writes {@code <name>.jar} in {@code folder}, all of them in its services file. */
    public static Path jar(Path folder, String name, Spec... plugins) throws IOException {
        // compiled inside the plugin folder, in a sub-folder the loader ignores (it reads only *.jar files)
        Path classes = compile(folder.resolve(".classes-" + name), plugins);
        return jar(folder, name, classes, Stream.of(plugins).map(Spec::className).toList());
    }

    /** Compiles the plugins against the SPI into {@code out}; returns {@code out}. */
    public static Path compile(Path out, Spec... plugins) throws IOException {
        Map<String, String> sources = new java.util.LinkedHashMap<>();
        for (Spec p : plugins) {
            sources.put(p.className(), p.source());
        }
        return compile(sources, List.of(spiLocation()), out);
    }

    /**
     * A jar holding the classes in {@code classes} (a compiler output folder) and a services file that lists
     * {@code providers}, which need not exist in the jar.
     */
    public static Path jar(Path folder, String name, Path classes, List<String> providers) throws IOException {
        return jar(folder, name, classes, providers, LayoutPlugin.class.getName());
    }

    /**
     * Like {@link #jar(Path, String, Path, List)}, with one services file for each of {@code serviceTypes} (full
     * type names, e.g. {@code org.gioreport.spi.FormatPlugin} for a jar built before the SPI type was renamed), each
     * listing {@code providers}.
     */
    public static Path jar(Path folder, String name, Path classes, List<String> providers, String... serviceTypes)
            throws IOException {
        Files.createDirectories(folder);
        Path jar = folder.resolve(name + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            if (classes != null) {
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                        out.write(Files.readAllBytes(f));
                        out.closeEntry();
                    }
                }
            }
            for (String serviceType : providers == null ? new String[0] : serviceTypes) {
                out.putNextEntry(new JarEntry("META-INF/services/" + serviceType));
                out.write((String.join("\n", providers) + "\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** A file named {@code <name>.jar} holding random bytes. */
    public static Path corruptJar(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        byte[] bytes = new byte[2048];
        new Random(42).nextBytes(bytes);
        Path jar = folder.resolve(name + ".jar");
        Files.write(jar, bytes);
        return jar;
    }

    /** Compiles class name → source against {@code classPath} into {@code out}; returns {@code out}. */
    public static Path compile(Map<String, String> sources, List<Path> classPath, Path out) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("these tests need a JDK (javax.tools.JavaCompiler), not a JRE");
        }
        Files.createDirectories(out);
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((className, source) -> units.add(new SourceText(className, source)));
        StringWriter errors = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-d", out.toString(), "-classpath",
                    String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList()));
            Boolean ok = compiler.getTask(errors, files, null, options, null, units).call();
            if (!ok) {
                throw new IllegalStateException("test plugin does not compile:\n" + errors);
            }
        }
        return out;
    }

    /** Where the SPI classes are (core's classes folder or jar): all a test plugin compiles against. */
    public static Path spiLocation() {
        return locationOf(LayoutPlugin.class);
    }

    /** The classes folder or jar a class was loaded from: something more a test plugin may compile against. */
    public static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes text to a file, creating its folder. */
    public static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static final class SourceText extends SimpleJavaFileObject {
        private final String source;

        SourceText(String className, String source) {
            super(java.net.URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension),
                    Kind.SOURCE);
            this.source = source;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
        }
    }
}
