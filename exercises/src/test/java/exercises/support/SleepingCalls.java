package exercises.support;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the sleeps in a learner's test class: calls of {@code Thread.sleep}, {@code TimeUnit.sleep} or
 * {@code LockSupport.parkNanos/parkUntil}, read from the constant pools of its class file, the classes inside it and the
 * other classes compiled beside it (a method reference counts too). A test that sleeps
 * decides by the clock, which chapter 09 measures lying; the judge of the exercises where the learner writes the
 * tests turns such a test down whatever it happens to catch on this run.
 */
public final class SleepingCalls {

    private SleepingCalls() {}

    private static final Set<String> SLEEPS = Set.of("java/lang/Thread.sleep", "java/util/concurrent/TimeUnit.sleep",
            "java/util/concurrent/locks/LockSupport.parkNanos", "java/util/concurrent/locks/LockSupport.parkUntil");

    /** The sleeping calls in {@code top} and the classes compiled inside it, as "Thread.sleep", sorted; empty if none. */
    public static Set<String> in(Class<?> top) {
        var found = new TreeSet<String>();
        var classes = new ArrayList<String>(List.of(top.getName()));
        for (var nested : top.getDeclaredClasses()) classes.add(nested.getName());
        for (int i = 1; ; i++) { // anonymous classes: Top$1, Top$2 ...
            if (top.getClassLoader().getResource((top.getName() + "$" + i).replace('.', '/') + ".class") == null) break;
            classes.add(top.getName() + "$" + i);
        }
        classes.addAll(classesBeside(top)); // and every other class compiled from the learner's files of this package
        for (var name : classes) {
            try (var in = top.getClassLoader().getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in != null) found.addAll(sleeps(in));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read the class file of " + name, e);
            }
        }
        return found;
    }

    /**
     * The classes in the folder {@code top} was loaded from, in its package: the learner's files are compiled into a
     * folder of their own (./learn, the proof), so these are every class of theirs (local and nested ones, other
     * top-level classes). Empty when {@code top} came from a jar.
     */
    private static List<String> classesBeside(Class<?> top) {
        try {
            var location = top.getProtectionDomain().getCodeSource().getLocation();
            var folder = java.nio.file.Path.of(location.toURI()).resolve(top.getPackageName().replace('.', '/'));
            if (!java.nio.file.Files.isDirectory(folder)) return List.of();
            try (var files = java.nio.file.Files.list(folder)) {
                return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class"))
                        .map(n -> top.getPackageName() + "." + n.substring(0, n.length() - ".class".length())).toList();
            }
        } catch (Exception e) {
            return List.of(); // the nested and anonymous classes found above are then all that is read
        }
    }

    /** Reads a class file's constant pool (JVMS 4.4) and keeps the method references that are sleeps. */
    private static List<String> sleeps(InputStream classFile) throws IOException {
        var in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        var utf8 = new String[count];
        var classNameIndex = new int[count];
        var refs = new ArrayList<int[]>(); // {class index, name-and-type index}
        var nameOf = new int[count]; // name-and-type: the name's index
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> { in.readLong(); i++; } // takes two slots
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 10, 11 -> refs.add(new int[] {in.readUnsignedShort(), in.readUnsignedShort()});
                case 12 -> { nameOf[i] = in.readUnsignedShort(); in.readUnsignedShort(); }
                case 9, 17, 18 -> in.readInt();
                case 15 -> { in.readUnsignedByte(); in.readUnsignedShort(); }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        var found = new ArrayList<String>();
        for (var ref : refs) {
            var owner = utf8[classNameIndex[ref[0]]];
            var method = utf8[nameOf[ref[1]]];
            if (SLEEPS.contains(owner + "." + method)) found.add(owner.substring(owner.lastIndexOf('/') + 1) + "." + method);
        }
        return found;
    }
}
