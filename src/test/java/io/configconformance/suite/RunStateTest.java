package io.configconformance.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Run state lives in a {@link RunContext}, not in statics: every static field of every class compiled from src/main
 * is final and holds a value that cannot change (a constant, an immutable collection, a Pattern, ...), except the
 * fields named below, each with the reason it may. A new mutable static fails this test with its name.
 */
class RunStateTest {

    /** Each entry: a field (Class.field, nested classes with $) and why it may hold state of its own. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("io.configconformance.suite.RunContext.HANDED_OFF", "the one bridge from a run's starter to"
                    + " the glue Cucumber creates itself (docs/DECISIONS.md, D5)"));

    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void noStaticFieldOfSrcMainHoldsStateButTheAllowedOnes() throws IOException {
        TreeSet<String> found = new TreeSet<>();
        for (Class<?> type : compiledClasses()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && !field.isSynthetic() && !field.isEnumConstant()
                        && holdsState(field)) {
                    found.add(type.getName() + "." + field.getName());
                }
            }
        }
        List<String> unexplained = found.stream().filter(name -> !ALLOWED.containsKey(name)).toList();
        assertEquals(List.of(), unexplained, "static fields that hold state: move it into the RunContext (or, if"
                + " it truly is the process's, allow it here with the reason)");
        List<String> stale = ALLOWED.keySet().stream().filter(name -> !found.contains(name)).sorted().toList();
        assertEquals(List.of(), stale, "allowed fields that no longer hold state: take them off the list");
    }

    private static boolean holdsState(Field field) {
        if (!Modifier.isFinal(field.getModifiers())) {
            return true;
        }
        if (field.getType().isPrimitive() || field.getType() == String.class) {
            return false;
        }
        try {
            field.setAccessible(true);
            return mutable(field.get(null), 0);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return true; // what cannot be read cannot be shown to be a constant
        }
    }

    /** Whether the value can change: a mutable collection, array, atomic, thread-local, or a class of ours with state. */
    static boolean mutable(Object value, int depth) throws IllegalAccessException {
        if (value == null) {
            return false;
        }
        Class<?> type = value.getClass();
        String name = type.getName();
        if (type.isArray()) {
            return Array.getLength(value) > 0;
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            return !(name.startsWith("java.util.ImmutableCollections$") || name.startsWith("java.util.Collections$Unmodifiable")
                    || name.startsWith("java.util.Collections$Empty") || name.startsWith("java.util.Collections$Singleton"));
        }
        if (value instanceof ThreadLocal<?> || value instanceof StringBuilder || value instanceof StringBuffer
                || type.getPackageName().startsWith("java.util.concurrent")) {
            return true;
        }
        if (name.startsWith("io.configconformance.") && !type.isEnum() && depth < 3) {
            // our own classes' fields; what a JDK superclass keeps (a Throwable's stack) is not a run's state
            for (Class<?> c = type; c != null && c.getName().startsWith("io.configconformance."); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    if (!Modifier.isFinal(field.getModifiers())) {
                        return true;
                    }
                    field.setAccessible(true);
                    if (!field.getType().isPrimitive() && mutable(field.get(value), depth + 1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<Class<?>> compiledClasses() throws IOException {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String relative = CLASSES.relativize(file).toString();
                String name = relative.substring(0, relative.length() - ".class".length())
                        .replace(file.getFileSystem().getSeparator(), ".");
                if (name.endsWith("module-info") || name.endsWith("package-info")) {
                    continue;
                }
                try {
                    classes.add(Class.forName(name, false, RunStateTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + name + " compiled from src/main: " + e, e);
                }
            }
        }
        if (classes.size() < 100) {
            throw new AssertionError("only " + classes.size() + " classes under " + CLASSES + ": is the build there?");
        }
        return classes;
    }
}
