package exercises.support;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the ways a learner's test class decides by the clock: sleeps ({@code Thread.sleep}, {@code TimeUnit.sleep},
 * {@code LockSupport.parkNanos/parkUntil}), timed waits that end by themselves ({@code join(millis)} and
 * {@code join(Duration)}, {@code wait(millis)}, a latch's, barrier's, condition's or future's wait with a timeout, a timed
 * {@code tryAcquire}) and reads of the clock ({@code System.nanoTime}, {@code currentTimeMillis}, {@code Instant.now}).
 * Read from the constant pools of its class file, the classes inside it and the other classes compiled beside it (a
 * method reference counts too). A test that naps, however it naps, decides by the clock, which chapter 09 measures
 * lying; the judge of the exercises where the learner writes the tests turns such a test down whatever it happens to
 * catch on this run. One timed wait is let through: {@code join(1)}, the look-again step of a loop that waits for a
 * state (chapter 09's {@code Watch} loops so), told by the constant 1 pushed just before the call.
 */
public final class SleepingCalls {

    private SleepingCalls() {}

    private static final Set<String> SLEEPS = Set.of("java/lang/Thread.sleep", "java/util/concurrent/TimeUnit.sleep",
            "java/util/concurrent/locks/LockSupport.parkNanos", "java/util/concurrent/locks/LockSupport.parkUntil",
            "java/lang/System.nanoTime", "java/lang/System.currentTimeMillis", "java/time/Instant.now",
            "java/util/concurrent/locks/Condition.awaitNanos", "java/util/concurrent/locks/Condition.awaitUntil");

    /** Waits that end by themselves, by owner, name and descriptor (their untimed forms are fine). */
    private static final Set<String> TIMED_WAITS = Set.of(
            "java/lang/Thread.join(J)V", "java/lang/Thread.join(JI)V", "java/lang/Thread.join(Ljava/time/Duration;)Z",
            "java/lang/Object.wait(J)V", "java/lang/Object.wait(JI)V",
            "java/util/concurrent/CountDownLatch.await(JLjava/util/concurrent/TimeUnit;)Z",
            "java/util/concurrent/CyclicBarrier.await(JLjava/util/concurrent/TimeUnit;)I",
            "java/util/concurrent/locks/Condition.await(JLjava/util/concurrent/TimeUnit;)Z",
            "java/util/concurrent/Semaphore.tryAcquire(JLjava/util/concurrent/TimeUnit;)Z",
            "java/util/concurrent/Semaphore.tryAcquire(IJLjava/util/concurrent/TimeUnit;)Z",
            "java/util/concurrent/Future.get(JLjava/util/concurrent/TimeUnit;)Ljava/lang/Object;",
            "java/util/concurrent/CompletableFuture.get(JLjava/util/concurrent/TimeUnit;)Ljava/lang/Object;",
            "java/util/concurrent/FutureTask.get(JLjava/util/concurrent/TimeUnit;)Ljava/lang/Object;");

    /** join(millis) with the constant 1 just before: a loop's look-again step, not a nap. */
    private static final String JOIN_MILLIS = "java/lang/Thread.join(J)V";
    private static final int LCONST_1 = 0x0a;
    private static final int[] INVOKES = {0xb6, 0xb7, 0xb8, 0xb9}; // invokevirtual, invokespecial, invokestatic, invokeinterface

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

    /** Reads a class file's constant pool (JVMS 4.4) and keeps the method references that decide by the clock. */
    private static List<String> sleeps(InputStream classFile) throws IOException {
        var bytes = classFile.readAllBytes();
        var in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
        if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        var utf8 = new String[count];
        var classNameIndex = new int[count];
        var refs = new ArrayList<int[]>(); // {class index, name-and-type index, own index}
        var nameOf = new int[count]; // name-and-type: the name's index
        var descriptorOf = new int[count]; // name-and-type: the descriptor's index
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> { in.readLong(); i++; } // takes two slots
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 10, 11 -> refs.add(new int[] {in.readUnsignedShort(), in.readUnsignedShort(), i});
                case 12 -> { nameOf[i] = in.readUnsignedShort(); descriptorOf[i] = in.readUnsignedShort(); }
                case 9, 17, 18 -> in.readInt();
                case 15 -> { in.readUnsignedByte(); in.readUnsignedShort(); }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        int afterPool = bytes.length - in.available();
        var found = new ArrayList<String>();
        for (var ref : refs) {
            var owner = utf8[classNameIndex[ref[0]]];
            var method = utf8[nameOf[ref[1]]];
            var signature = owner + "." + method + utf8[descriptorOf[ref[1]]];
            var shortName = owner.substring(owner.lastIndexOf('/') + 1) + "." + method;
            if (SLEEPS.contains(owner + "." + method)) found.add(shortName);
            else if (TIMED_WAITS.contains(signature)) {
                if (!signature.equals(JOIN_MILLIS) || calledWithOtherThanOne(bytes, afterPool, ref[2])) found.add(shortName + " with a timeout");
            }
        }
        return found;
    }

    /**
     * Whether some call of the method reference at {@code index} is not right after {@code lconst_1}. Looks at the bytes
     * after the constant pool for the call instructions naming it (a pattern that other data could match only by chance,
     * which would at worst name a harmless join as a nap).
     */
    private static boolean calledWithOtherThanOne(byte[] bytes, int from, int index) {
        for (int i = Math.max(from, 1); i + 2 < bytes.length; i++) {
            int op = bytes[i] & 0xff;
            boolean invoke = false;
            for (int code : INVOKES) invoke |= op == code;
            if (!invoke || ((bytes[i + 1] & 0xff) << 8 | (bytes[i + 2] & 0xff)) != index) continue;
            if ((bytes[i - 1] & 0xff) != LCONST_1) return true;
        }
        return false;
    }
}
