package org.treatycheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.treatycheck.engine.RuleBase;
import org.treatycheck.engine.RuleLoadException;
import org.treatycheck.engine.RuleProblem;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option shared by the commands, and loading the rule base from it. */
final class RulesFolder {

    /** Set by the launcher script, so that the shipped rules are found from any working folder. */
    static final String HOME_PROPERTY = "treatycheck.home";

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Folder of .drl rule files (default: rules/ in the current folder, else the shipped rules).")
    private Path folder;

    /** The folder named, or {@code ./rules}, or the shipped rules beside the launcher. */
    Path folder() {
        if (folder != null) {
            return folder;
        }
        Path local = Path.of("rules");
        String home = System.getProperty(HOME_PROPERTY);
        if (!Files.isDirectory(local) && home != null) {
            return Path.of(home, "rules");
        }
        return local;
    }

    /** Compiles the rule base; a rule file that does not compile is a user error naming file and line. */
    RuleBase load() {
        try {
            return RuleBase.load(folder());
        } catch (RuleLoadException e) {
            throw new UserError(e.problems().stream().map(RuleProblem::toString).toList(), e);
        }
    }
}
