package workbook.learn;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads the exercises' classes (package {@code exercises.*}) from the given folders before asking its parent.
 * That lets one JVM run the same tests against the stubs, a wrong sample, the solution or a learner's latest
 * edit (one fresh loader per run), while JUnit and AssertJ stay shared with the parent.
 */
public final class ChildFirstLoader extends URLClassLoader {

    public ChildFirstLoader(List<Path> folders, ClassLoader parent) {
        super("exercises-under-proof", urls(folders), parent);
    }

    static URL[] urls(List<Path> folders) {
        return folders.stream().map(p -> {
            try {
                return p.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(p.toString(), e);
            }
        }).toArray(URL[]::new);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith("exercises.")) return super.loadClass(name, resolve);
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                try {
                    c = findClass(name);
                } catch (ClassNotFoundException notHere) {
                    c = super.loadClass(name, false);
                }
            }
            if (resolve) resolveClass(c);
            return c;
        }
    }
}
