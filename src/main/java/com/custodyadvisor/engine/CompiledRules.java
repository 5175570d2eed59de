package com.custodyadvisor.engine;

import com.custodyadvisor.document.Mappers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;

/**
 * Rule files compiled to Drools' executable model: the generated classes and the {@link RuleIndex}, as one
 * archive (a jar) that the build ships inside the program for the shipped rules and the cache keeps for
 * others. Loading one is building a {@link KieBase} from classes already compiled: no parsing, no Java
 * compiler.
 */
final class CompiledRules {

    private static final String INDEX = "custody-advisor-rules.json";
    private static final String CLASS = ".class";

    /** What the archive says besides its classes: which classes are the models, and the rule index. */
    private record Manifest(List<String> models, RuleIndex index) {
    }

    private final Map<String, byte[]> classes;
    private final Manifest manifest;

    private CompiledRules(Map<String, byte[]> classes, Manifest manifest) {
        this.classes = Map.copyOf(classes);
        this.manifest = manifest;
    }

    /**
     * @param classes the generated classes by binary name ("custody.rules.Rules1A2B")
     * @param models the binary names of the classes that implement {@link Model}
     */
    static CompiledRules of(Map<String, byte[]> classes, List<String> models, RuleIndex index) {
        return new CompiledRules(classes, new Manifest(List.copyOf(models), index));
    }

    RuleIndex index() {
        return manifest.index();
    }

    /** A new rule base from the compiled classes, in a class loader of its own. */
    KieBase kieBase() {
        ClassLoader loader = new Loader(classes, CompiledRules.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        for (String name : manifest.models()) {
            try {
                models.add((Model) Class.forName(name, true, loader).getConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException("the compiled rules cannot be loaded: " + e, e);
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(models,
                KieServices.Factory.get().newKieBaseConfiguration(null, loader));
    }

    byte[] toJar() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(INDEX));
            zip.write(Mappers.JSON.writeValueAsBytes(manifest));
            zip.closeEntry();
            for (Map.Entry<String, byte[]> c : new java.util.TreeMap<>(classes).entrySet()) {
                zip.putNextEntry(new ZipEntry(c.getKey().replace('.', '/') + CLASS));
                zip.write(c.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads an archive written by {@link #toJar()}.
     *
     * @throws IOException when it is not one (truncated, or written by something else)
     */
    static CompiledRules fromJar(InputStream in) throws IOException {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        Manifest manifest = null;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] content = zip.readAllBytes();
                if (e.getName().equals(INDEX)) {
                    manifest = Mappers.JSON.readValue(content, Manifest.class);
                } else if (e.getName().endsWith(CLASS)) {
                    String path = e.getName();
                    classes.put(path.substring(0, path.length() - CLASS.length()).replace('/', '.'), content);
                }
            }
        } catch (RuntimeException e) {
            throw new IOException("not an archive of compiled rules: " + e.getMessage(), e);
        }
        if (manifest == null || manifest.models() == null || manifest.models().isEmpty()) {
            throw new IOException("not an archive of compiled rules: " + INDEX + " is missing");
        }
        return new CompiledRules(classes, manifest);
    }

    static CompiledRules fromJar(byte[] jar) throws IOException {
        return fromJar(new ByteArrayInputStream(jar));
    }

    /**
     * Loads the archive's classes before asking its parent: rule sets of the same package name generate
     * classes of the same names, and each must see its own.
     */
    private static final class Loader extends ClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        Loader(Map<String, byte[]> classes, ClassLoader parent) {
            super("compiled-rules", parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = defineClass(name, bytes, 0, bytes.length);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return loadClass(name, false);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            if (name.endsWith(CLASS)) {
                byte[] bytes = classes.get(name.substring(0, name.length() - CLASS.length()).replace('/', '.'));
                if (bytes != null) {
                    return new ByteArrayInputStream(bytes);
                }
            }
            return super.getResourceAsStream(name);
        }
    }
}
