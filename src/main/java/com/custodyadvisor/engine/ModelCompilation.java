package com.custodyadvisor.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles rule files to Drools' executable model (Java generated from the DRL and compiled). A file that
 * does not compile is reported as the classic DRL build reports it ({@code file:line:column: message}), the
 * messages analysts know; rules the classic build takes but the executable model cannot generate (a gap of
 * Drools' code generator) still run, built the classic way and not cached.
 */
final class ModelCompilation {

    private static final Logger LOG = LoggerFactory.getLogger(ModelCompilation.class);
    private static final String RESOURCE_ROOT = "src/main/resources/";
    private static final String CLASS = ".class";
    private static final AtomicLong BUILDS = new AtomicLong();

    /**
     * What compiling gave: the compiled archive, or a rule base built the classic way, or the problems.
     */
    record Result(CompiledRules compiled, KieBase classic, List<RuleProblem> problems) {
    }

    private ModelCompilation() {
    }

    /** @param shown the rules directory as the user named it, for problems */
    static Result compile(Map<String, byte[]> files, String shown) {
        return compile(files, shown, true);
    }

    /**
     * @param classicFallback whether rules the executable model cannot generate may run built the classic
     *                        way (false at build time: the shipped rules must compile to the model)
     */
    static Result compile(Map<String, byte[]> files, String shown, boolean classicFallback) {
        KieServices kie = KieServices.Factory.get();
        ReleaseId releaseId = releaseId(kie);
        KieBuilder model = build(kie, releaseId, files, true);
        List<Message> modelErrors = model.getResults().getMessages(Message.Level.ERROR);
        try {
            if (modelErrors.isEmpty()) {
                return new Result(extract((InternalKieModule) model.getKieModule(), RuleIndex.read(files)), null,
                        List.of());
            }
        } finally {
            kie.getRepository().removeKieModule(releaseId);
        }
        ReleaseId classicId = releaseId(kie);
        KieBuilder classic = build(kie, classicId, files, false);
        List<Message> classicErrors = classic.getResults().getMessages(Message.Level.ERROR);
        try {
            if (!classicErrors.isEmpty()) {
                return new Result(null, null, problems(classicErrors, shown));
            }
            if (!classicFallback) {
                return new Result(null, null, problems(modelErrors, shown));
            }
            LOG.warn("the rules in {} run without the executable model, compiled at every start: {}", shown,
                    clean(modelErrors.get(0).getText()));
            return new Result(null, kie.newKieContainer(classicId).getKieBase(), List.of());
        } finally {
            kie.getRepository().removeKieModule(classicId);
        }
    }

    private static ReleaseId releaseId(KieServices kie) {
        return kie.newReleaseId("com.custodyadvisor", "rules", "1.0." + BUILDS.incrementAndGet());
    }

    private static KieBuilder build(KieServices kie, ReleaseId releaseId, Map<String, byte[]> files, boolean model) {
        KieFileSystem kfs = kie.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        files.forEach((name, bytes) -> kfs.write(RESOURCE_ROOT + name, bytes));
        KieBuilder builder = kie.newKieBuilder(kfs);
        return model ? builder.buildAll(ExecutableModelProject.class) : builder.buildAll();
    }

    /** The generated classes and the names of the model classes (listed in the module's drools-model file). */
    private static CompiledRules extract(InternalKieModule module, RuleIndex index) {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        List<String> models = new ArrayList<>();
        for (String name : module.getFileNames()) {
            if (name.endsWith(CLASS)) {
                classes.put(name.substring(0, name.length() - CLASS.length()).replace('/', '.'), module.getBytes(name));
            } else if (name.startsWith("META-INF/kie/") && name.endsWith("/drools-model")) {
                for (String line : new String(module.getBytes(name), StandardCharsets.UTF_8).split("\\R")) {
                    if (!line.isBlank() && !line.contains(":")) {
                        models.add(line.strip());
                    }
                }
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("the executable model names no model class");
        }
        return CompiledRules.of(classes, models, index);
    }

    private static List<RuleProblem> problems(List<Message> messages, String shown) {
        List<RuleProblem> drl = new ArrayList<>();
        for (Message message : messages) {
            drl.add(new RuleProblem(RuleSetCompiler.display(shown, message.getPath()), message.getLine(),
                    message.getColumn(), clean(message.getText())));
        }
        return withoutEchoes(drl);
    }

    /** After a syntax error Drools adds "Parser returned a null Package" for the same file, which says nothing more. */
    private static List<RuleProblem> withoutEchoes(List<RuleProblem> problems) {
        List<RuleProblem> kept = new ArrayList<>();
        for (RuleProblem p : problems) {
            boolean echo = p.line() == 0 && p.message().startsWith("Parser returned a null Package")
                    && problems.stream().anyMatch(o -> o != p && o.file().equals(p.file()) && o.line() > 0);
            if (!echo) {
                kept.add(p);
            }
        }
        return kept;
    }

    /** Drools prefixes some messages with the rule and a newline; keep them on one line for file:line output. */
    private static String clean(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
