package org.treatycheck.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.treatycheck.model.RuleInfo;
import org.treatycheck.model.Treaty;

/**
 * The rule base compiled at run time from every {@code .drl} file under a rules folder, so that
 * analysts can add or change rules without rebuilding the tool. Immutable and safe to share: each
 * check opens a session of its own.
 */
public final class RuleBase {

    /** The name of the DRL global through which every rule reports its findings. */
    public static final String FINDINGS_GLOBAL = "findings";

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?\\s*$");
    private static final String RESOURCES = "src/main/resources/";

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final String fingerprint;

    private RuleBase(KieBase kieBase, Map<String, RuleInfo> rules, String fingerprint) {
        this.kieBase = kieBase;
        this.rules = rules;
        this.fingerprint = fingerprint;
    }

    /**
     * Compiles every {@code .drl} file under {@code folder} (recursively, in path order), or loads
     * the same rule files' compiled form from the {@linkplain RuleBaseCache on-disk cache}.
     *
     * @throws RuleLoadException when the folder has no rule file, a file does not compile, or a rule
     *                           lacks metadata; every problem is listed with its file and line
     */
    public static RuleBase load(Path folder) throws RuleLoadException {
        return load(folder, RuleBaseCache.fromEnvironment());
    }

    /** {@link #load(Path)} with the given cache (tests pass one in a temporary folder, or a disabled one). */
    static RuleBase load(Path folder, RuleBaseCache cache) throws RuleLoadException {
        List<Path> files = ruleFiles(folder);
        Map<String, String> textByKiePath = new LinkedHashMap<>();
        Map<String, String> shownNameByKiePath = new HashMap<>();
        java.util.Set<String> packages = new java.util.TreeSet<>();
        // The rule files as the cache and the fingerprint see them: each one's name, a NUL, its text.
        ByteArrayOutputStream ruleFiles = new ByteArrayOutputStream();
        int n = 0;
        for (Path file : files) {
            String relative = folder.relativize(file).toString().replace('\\', '/');
            String text = read(file);
            ruleFiles.writeBytes(relative.getBytes(StandardCharsets.UTF_8));
            ruleFiles.write(0);
            ruleFiles.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            // Drools warns when a file's path does not match its package: place it under the package.
            Matcher m = PACKAGE.matcher(text);
            String pkg = m.find() ? m.group(1) : "";
            if (!pkg.isEmpty()) {
                packages.add(pkg);
            }
            String dir = pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/";
            String kiePath = RESOURCES + dir + (n++) + "_" + file.getFileName();
            textByKiePath.put(kiePath, text);
            // Drools names a resource by its full path in messages and by its path below the
            // resources root on compiled rules; map both back to the analyst's file.
            shownNameByKiePath.put(kiePath, file.toString());
            shownNameByKiePath.put(kiePath.substring(RESOURCES.length()), file.toString());
        }

        byte[] ruleBytes = ruleFiles.toByteArray();

        // Only rules that compiled without a problem are ever cached, so a cached entry needs no
        // error reporting; anything odd about it falls back to compiling.
        RuleBaseCache.Identity identity = cache.enabled() ? RuleBaseCache.Identity.of(ruleBytes) : null;
        if (identity != null) {
            Optional<RuleBaseCache.Hit> cached = cache.read(identity, packages);
            if (cached.isPresent()) {
                List<RuleProblem> problems = new ArrayList<>();
                Map<String, RuleInfo> rules = readMetadata(cached.get().kieBase(), folder, shownNameByKiePath, problems);
                if (problems.isEmpty()) {
                    return new RuleBase(cached.get().kieBase(), rules, cached.get().fingerprint());
                }
            }
        }
        MessageDigest digest = RuleBaseCache.sha256();
        String fingerprint = HexFormat.of().formatHex(digest.digest(ruleBytes));

        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        textByKiePath.forEach(kfs::write);
        ReleaseId releaseId = ks.newReleaseId("org.treatycheck.rules", "rules-" + fingerprint.substring(0, 16), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);

        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleProblem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String shown = message.getPath() == null ? folder.toString()
                    : shownNameByKiePath.getOrDefault(message.getPath(), message.getPath());
            problems.add(new RuleProblem(shown, Math.max(0, message.getLine()), Math.max(0, message.getColumn()),
                    oneLine(message.getText())));
        }
        if (!problems.isEmpty()) {
            // "Parser returned a null Package" only repeats that the file had a syntax error.
            List<RuleProblem> useful = problems.stream().filter(p -> !p.message().startsWith("Parser returned a null Package")).toList();
            throw new RuleLoadException(sorted(useful.isEmpty() ? problems : useful));
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        Map<String, RuleInfo> rules = readMetadata(kieBase, folder, shownNameByKiePath, problems);
        if (!problems.isEmpty()) {
            throw new RuleLoadException(sorted(problems));
        }
        if (identity != null) {
            cache.write(identity, fingerprint, kieBase.getKiePackages());
        }
        return new RuleBase(kieBase, rules, fingerprint);
    }

    private static Map<String, RuleInfo> readMetadata(KieBase kieBase, Path folder, Map<String, String> shownNames,
            List<RuleProblem> problems) {
        Map<String, RuleInfo> rules = new java.util.TreeMap<>();
        Map<String, String> fileOf = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String file = sourceOf(rule, shownNames, folder);
                String relative = relativeName(folder, file);
                String previous = fileOf.putIfAbsent(rule.getName(), file);
                if (previous != null) {
                    problems.add(new RuleProblem(file, 0, 0, "rule \"" + rule.getName() + "\" is also defined in " + previous
                            + ": rule ids must be unique"));
                    continue;
                }
                List<String> missing = RuleMetadata.problems(rule.getName(), rule.getMetaData());
                missing.forEach(p -> problems.add(new RuleProblem(file, 0, 0, p)));
                if (missing.isEmpty()) {
                    rules.put(rule.getName(), RuleMetadata.read(rule.getName(), rule.getMetaData(), relative));
                }
            }
        }
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    private static String sourceOf(Rule rule, Map<String, String> shownNames, Path folder) {
        // Drools records the resource a rule came from on its implementation class.
        if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null) {
            String path = impl.getResource().getSourcePath();
            if (path != null && shownNames.containsKey(path)) {
                return shownNames.get(path);
            }
        }
        return folder.toString();
    }

    private static String relativeName(Path folder, String file) {
        Path p = Path.of(file);
        return p.startsWith(folder) ? folder.relativize(p).toString().replace('\\', '/') : file;
    }

    private static List<Path> ruleFiles(Path folder) throws RuleLoadException {
        if (!Files.isDirectory(folder)) {
            throw new RuleLoadException(List.of(new RuleProblem(folder.toString(), 0, 0, "rules folder not found")));
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(Path::toString)).toList();
            if (files.isEmpty()) {
                throw new RuleLoadException(List.of(new RuleProblem(folder.toString(), 0, 0, "no .drl rule file in this folder")));
            }
            return files;
        } catch (IOException e) {
            throw new RuleLoadException(List.of(new RuleProblem(folder.toString(), 0, 0, "cannot read rules: " + e.getMessage())));
        }
    }

    private static String read(Path file) throws RuleLoadException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new RuleLoadException(List.of(new RuleProblem(file.toString(), 0, 0, "cannot read: " + e.getMessage())));
        }
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static List<RuleProblem> sorted(List<RuleProblem> problems) {
        return problems.stream().sorted(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                .thenComparingInt(RuleProblem::column)).toList();
    }

    /** The catalog: every rule's metadata, by id in alphabetical order. */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    /** A SHA-256 over the rule files' names and contents, to say which rule set produced a report. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Runs the rules over a draft. */
    public CheckResult check(Treaty treaty) {
        return new Session(kieBase, rules).run(treaty);
    }
}
