package org.treatycheck.load;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.treatycheck.model.Treaty;

/** Small drafts written inline for loader tests. */
final class Drafts {

    /** The top of a valid draft; tests append their clauses (and, where they need them, territories). */
    static final String HEADER = """
            format: treatycheck/1
            treaty:
              id: test-draft
              title: Test draft
            actors:
              UA: { name: Ukraine, kind: state, signatory: true, belligerent: true, martial_law: true }
              RU: { name: Russian Federation, kind: state, signatory: true, belligerent: true, unsc_veto: true }
              NATO: { name: NATO, kind: alliance, signatory: false, collective_defence: true }
            territories:
              Crimea: { sovereign: UA, controlled_by: RU }
            """;

    private Drafts() {
    }

    static Treaty load(String yaml) throws TreatyLoadException {
        return TreatyLoader.load(yaml.getBytes(StandardCharsets.UTF_8), "draft.yaml");
    }

    /** The problems of a draft that must not load, as FILE:LINE:COLUMN: message strings. */
    static List<String> problems(String yaml) {
        return problems(yaml.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> problems(byte[] bytes) {
        try {
            TreatyLoader.load(bytes, "draft.yaml");
        } catch (TreatyLoadException e) {
            return e.problems().stream().map(LoadProblem::toString).toList();
        }
        throw new AssertionError("the draft loaded, but a load error was expected");
    }
}
