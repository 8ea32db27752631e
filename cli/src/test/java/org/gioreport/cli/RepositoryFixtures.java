package org.gioreport.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Every fixture of the repository: each {@code NAME.expected.json} with its input beside it ({@code NAME.txt},
 * {@code NAME.pdf}…, or {@code NAME} without an extension), wherever it is (generated corpus, layout plugins' and
 * drop-in plugins' test resources, any fixture added later), and the seeds, whose expected values live in core
 * and whose texts are {@code examples/}.
 * A fixture under {@code plugins/<name>/} is meant for that drop-in plugin and is read with it.
 */
record RepositoryFixtures(Path root, List<Fixture> fixtures, List<String> orphans) {

    /** An input, its expected values, and the drop-in plugin module it is meant for (null: the built-in ones). */
    record Fixture(Path input, Path expected, Path pluginModule) {
    }

    private static final String EXPECTED = ".expected.json";
    private static final Path SEEDS = Path.of("core", "src", "test", "resources", "seeds");

    /** Walks the repository around the working directory, skipping build output and version control. */
    static RepositoryFixtures find() throws IOException {
        Path root = repositoryRoot();
        List<Fixture> fixtures = new ArrayList<>();
        List<String> orphans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path expected : files.filter(p -> p.getFileName().toString().endsWith(EXPECTED))
                    .filter(p -> !isBuildOutput(root.relativize(p))).sorted().toList()) {
                Path input = inputOf(root, expected);
                if (input == null) {
                    orphans.add(root.relativize(expected) + ": no input beside it");
                } else {
                    fixtures.add(new Fixture(input, expected, pluginModule(root, expected)));
                }
            }
        }
        return new RepositoryFixtures(root, fixtures, orphans);
    }

    /** The fixtures below one folder of the repository (relative to its root). */
    List<Fixture> under(String folder) {
        Path dir = root.resolve(folder);
        return fixtures.stream().filter(f -> f.expected().startsWith(dir)).toList();
    }

    /** A jar of a plugin module's compiled classes (with its service file), as a user would drop it in. */
    static Path pluginJar(Path module, Path folder) throws IOException {
        Path classes = module.resolve("target").resolve("classes");
        if (!Files.isDirectory(classes.resolve("META-INF").resolve("services"))) {
            throw new IllegalStateException(classes + " has no compiled plugin: build the module first (mvn -pl cli -am)");
        }
        Files.createDirectories(folder);
        Path jar = folder.resolve(module.getFileName() + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
                Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static Path inputOf(Path root, Path expected) {
        String name = expected.getFileName().toString();
        String stem = name.substring(0, name.length() - EXPECTED.length());
        if (root.relativize(expected.getParent()).equals(SEEDS)) {
            Path text = root.resolve("examples").resolve(stem + ".txt");
            return Files.isRegularFile(text) ? text : null;
        }
        try (Stream<Path> siblings = Files.list(expected.getParent())) {
            List<Path> inputs = siblings.filter(p -> p.getFileName().toString().startsWith(stem + ".")
                    || p.getFileName().toString().equals(stem)).filter(p -> !p.equals(expected)).toList();
            return inputs.size() == 1 ? inputs.get(0) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path pluginModule(Path root, Path expected) {
        Path relative = root.relativize(expected);
        return relative.getNameCount() > 2 && relative.getName(0).toString().equals("plugins")
                ? root.resolve(relative.subpath(0, 2)) : null;
    }

    private static boolean isBuildOutput(Path relative) {
        for (Path part : relative) {
            String p = part.toString();
            if (p.equals("target") || p.startsWith(".") || p.equals("node_modules")) {
                return true;
            }
        }
        return false;
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples")) && Files.isDirectory(dir.resolve(SEEDS))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
}
