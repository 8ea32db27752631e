package org.gioreport.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gioreport.engine.batch.FileBatch;
import org.junit.jupiter.api.Test;

/**
 * What a service may use is visibly public: {@code org.gioreport.engine} (the facade) and
 * {@code org.gioreport.engine.batch} (the batch run as a library call) hold only the intended public types, every
 * other package of the engine is under {@code org.gioreport.engine.internal}, and no public signature of the public
 * types names an internal type. A class that belongs to the API is added to the list here on purpose.
 */
class PublicApiTest {

    private static final Set<String> FACADE = Set.of("DocumentProcessor", "Gioreport", "Isolation", "LoadedPlugin",
            "OcrMode", "OcrProgress", "UnreadableInput");
    private static final Set<String> BATCH = Set.of("BatchSetupException", "FileBatch", "InputFailures",
            "JsonLinesFormat", "Outcome", "RecordFormat");

    @Test
    void theFacadePackageHoldsOnlyTheFacadeAndTheTypesItsMethodsExpose() throws Exception {
        assertEquals(new TreeSet<>(FACADE), publicTypes("org.gioreport.engine"));
    }

    @Test
    void theBatchPackageHoldsOnlyFileBatchAndTheTypesItsApiExposes() throws Exception {
        assertEquals(new TreeSet<>(BATCH), publicTypes("org.gioreport.engine.batch"));
    }

    @Test
    void everyOtherPackageOfTheEngineIsInternal() throws Exception {
        Path engine = classes().resolve("org/gioreport/engine");
        List<String> others = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(engine)) {
            dirs.filter(Files::isDirectory).map(d -> engine.relativize(d).toString().replace('\\', '/'))
                    .filter(d -> !d.isEmpty() && !d.equals("batch") && !d.equals("internal")
                            && !d.startsWith("internal/"))
                    .filter(d -> hasClasses(engine.resolve(d)))
                    .forEach(others::add);
        }
        assertEquals(List.of(), others, "packages of org.gioreport.engine outside internal and batch");
    }

    @Test
    void noPublicSignatureOfThePublicTypesNamesAnInternalType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (String name : FACADE) {
            leaks.addAll(internalTypesIn(Class.forName("org.gioreport.engine." + name)));
        }
        for (String name : BATCH) {
            leaks.addAll(internalTypesIn(Class.forName("org.gioreport.engine.batch." + name)));
        }
        assertEquals(List.of(), leaks);
    }

    /** The public top-level types compiled into {@code pkg} (not its sub-packages). */
    private static Set<String> publicTypes(String pkg) throws IOException, URISyntaxException, ClassNotFoundException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.list(classes().resolve(pkg.replace('.', '/')))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String simple = f.getFileName().toString().replaceFirst("\\.class$", "");
                if (simple.contains("$") || simple.equals("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(pkg + "." + simple, false, PublicApiTest.class.getClassLoader());
                if (Modifier.isPublic(type.getModifiers())) {
                    out.add(simple);
                }
            }
        }
        return out;
    }

    /** The internal engine types that the public and protected members of {@code type} (and its nested types) name. */
    private static List<String> internalTypesIn(Class<?> type) {
        List<String> out = new ArrayList<>();
        List<Type> named = new ArrayList<>();
        named.add(type.getGenericSuperclass());
        named.addAll(List.of(type.getGenericInterfaces()));
        for (Method m : type.getDeclaredMethods()) {
            if (visible(m.getModifiers())) {
                named.add(m.getGenericReturnType());
                addSignature(m, named);
            }
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (visible(c.getModifiers())) {
                addSignature(c, named);
            }
        }
        for (Field f : type.getDeclaredFields()) {
            if (visible(f.getModifiers())) {
                named.add(f.getGenericType());
            }
        }
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                named.add(c.getGenericType());
            }
        }
        for (Type t : named) {
            collect(t, out, type.getName());
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            if (visible(nested.getModifiers())) {
                out.addAll(internalTypesIn(nested));
            }
        }
        return out;
    }

    private static void addSignature(Executable e, List<Type> named) {
        named.addAll(List.of(e.getGenericParameterTypes()));
        named.addAll(List.of(e.getGenericExceptionTypes()));
    }

    private static void collect(Type t, List<String> out, String where) {
        if (t instanceof ParameterizedType p) {
            collect(p.getRawType(), out, where);
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, out, where);
            }
        } else if (t instanceof Class<?> c) {
            Class<?> top = c.isArray() ? c.getComponentType() : c;
            if (top.getName().startsWith("org.gioreport.engine.internal.")) {
                out.add(where + " names " + top.getName());
            }
        }
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static boolean hasClasses(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.toString().endsWith(".class"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The engine's compiled main classes (target/classes). */
    private static Path classes() throws URISyntaxException {
        return Path.of(FileBatch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
