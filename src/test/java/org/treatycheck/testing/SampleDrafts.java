package org.treatycheck.testing;

/** Small drafts that command-line tests write to disk, so that each is spelt out once. */
public final class SampleDrafts {

    private SampleDrafts() {
    }

    /**
     * A draft whose clause 7 renounces NATO membership and whose clause 8 grants it automatically:
     * findings up to critical, with an entry-into-force clause 9.
     */
    public static String conflicting(String treatyId) {
        return """
                format: treatycheck/1
                treaty: { id: %s, title: Small draft }
                actors:
                  UA: { name: Ukraine, kind: state, signatory: true, belligerent: true }
                  RU: { name: Russia, kind: state, signatory: true, belligerent: true, unsc_veto: true }
                  NATO: { name: NATO, kind: alliance, signatory: false, collective_defence: true }
                clauses:
                  - { id: "7", type: non_accession, party: UA, alliance: NATO, entrenchment: constitution }
                  - { id: "8", type: conditional_accession, party: UA, alliance: NATO, automatic: true,
                      trigger: { event: violation, by: RU } }
                  - { id: "9", type: entry_into_force }
                """.formatted(treatyId);
    }

    /** A one-clause draft (a force limit on UA, a signatory): for runs about faults, not findings. */
    public static String oneForceLimit(String treatyId) {
        return """
                format: treatycheck/1
                treaty: { id: %s, title: One force limit }
                actors:
                  UA: { name: Ukraine, kind: state, signatory: true }
                clauses:
                  - { id: "1", type: force_limit, party: UA, personnel: 250000 }
                """.formatted(treatyId);
    }
}
