package org.treatycheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Synthetic drafts of any size that exercise every rule of the shipped rule base.
 *
 * <p>A draft is a run of <em>blocks</em> of {@value #BLOCK} clauses. Each block is a small
 * agreement of its own: a state {@code S<k>} under martial law with an occupied territory
 * {@code T<k>} and a free one {@code U<k>}, an alliance {@code A<k>}, an organization
 * {@code O<k>}, a non-signatory guarantor {@code G<k>} and a monitoring body {@code M<k>}, beside
 * the two belligerents {@code UA} and {@code RU} and the guarantor {@code US} that every block
 * shares. Even blocks make every rule fire; odd blocks are near-misses for most of them (the
 * monitoring may determine violations, martial law ends in time, the occupier withdraws before the
 * elections, the amnesty excludes all crimes, the sanctions have a snap-back). The draft has no
 * entry_into_force clause, so that rule fires once.
 *
 * <p>So the number of actors, territories, clauses of every type and findings all grow linearly
 * with the size, while the keys the rules join on (party, alliance, territory, target, bearer) stay
 * spread over the blocks: a rule whose time grows faster than linearly on these drafts joins in a
 * way no index helps. Clause ids are {@code <k>.<n>}; a size that is not a multiple of
 * {@value #BLOCK} cuts the last block short (clauses only refer to earlier ones).
 */
public final class DraftGenerator {

    /** Clauses per block. */
    public static final int BLOCK = 30;

    private DraftGenerator() {
    }

    /**
     * {@code DraftGenerator CLAUSES FILE [ID]}: writes one draft; {@code DraftGenerator CLAUSES DIR
     * --count N}: writes N drafts {@code draft-0001.yaml}... with distinct treaty ids.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: DraftGenerator CLAUSES FILE [TREATY-ID] | DraftGenerator CLAUSES DIR --count N");
            System.exit(2);
        }
        int clauses = Integer.parseInt(args[0]);
        Path target = Path.of(args[1]);
        if (args.length >= 4 && args[2].equals("--count")) {
            int count = Integer.parseInt(args[3]);
            Files.createDirectories(target);
            for (int i = 1; i <= count; i++) {
                String id = String.format("draft-%04d", i);
                Files.writeString(target.resolve(id + ".yaml"), yaml(clauses, id), StandardCharsets.UTF_8);
            }
            return;
        }
        String id = args.length >= 3 ? args[2] : "synthetic-" + clauses;
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.writeString(target, yaml(clauses, id), StandardCharsets.UTF_8);
    }

    /** A draft of exactly {@code clauses} clauses (at least 1) with this treaty id. */
    public static String yaml(int clauses, String id) {
        if (clauses < 1) {
            throw new IllegalArgumentException("a draft needs at least one clause");
        }
        int blocks = (clauses + BLOCK - 1) / BLOCK;
        StringBuilder y = new StringBuilder(clauses * 220 + blocks * 600);
        y.append("format: treatycheck/1\n");
        y.append("treaty: { id: ").append(id).append(", title: Synthetic draft of ").append(clauses)
                .append(" clauses, status: draft, source: treatycheck bench/DraftGenerator }\n");
        y.append("actors:\n");
        y.append("  UA: { name: Ukraine, kind: state, signatory: true, belligerent: true, martial_law: true, rome_statute: true }\n");
        y.append("  RU: { name: Russian Federation, kind: state, signatory: true, belligerent: true, unsc_veto: true }\n");
        y.append("  US: { name: United States, kind: state, signatory: true, unsc_veto: true }\n");
        for (int k = 0; k < blocks; k++) {
            y.append("  S").append(k).append(": { name: State ").append(k).append(", kind: state, signatory: true, martial_law: true }\n");
            y.append("  A").append(k).append(": { name: Alliance ").append(k)
                    .append(", kind: alliance, signatory: false, admission: unanimity, collective_defence: true }\n");
            y.append("  O").append(k).append(": { name: Organization ").append(k).append(", kind: organization, signatory: false, admission: majority }\n");
            y.append("  G").append(k).append(": { name: Guarantor ").append(k).append(", kind: state, signatory: false }\n");
            y.append("  M").append(k).append(": { name: Monitoring mission ").append(k).append(", kind: body, signatory: true }\n");
        }
        y.append("territories:\n");
        for (int k = 0; k < blocks; k++) {
            y.append("  T").append(k).append(": { sovereign: S").append(k).append(", controlled_by: RU }\n");
            y.append("  U").append(k).append(": { sovereign: S").append(k).append(" }\n");
        }
        y.append("clauses:\n");
        int written = 0;
        for (int k = 0; k < blocks && written < clauses; k++) {
            String[] block = block(k);
            for (int n = 0; n < block.length && written < clauses; n++, written++) {
                y.append("  - { id: \"").append(k).append('.').append(n + 1).append("\", ").append(block[n])
                        .append(", text: \"Synthetic clause ").append(n + 1).append(" of block ").append(k)
                        .append(", standing in for a paragraph of treaty text of ordinary length.\" }\n");
            }
        }
        return y.toString();
    }

    /** The clauses of block k, as YAML flow-mapping bodies without id and text. */
    private static String[] block(int k) {
        boolean fires = k % 2 == 0;
        String s = "S" + k;
        String c = k + ".";
        String[] b = {
            // 1-3: a ceasefire, a buffer zone and settlement talks that are only recommended
            "type: ceasefire, parties: [" + s + ", RU], line: Line " + k,
            "type: buffer_zone, territories: [U" + k + "], width_km: 15",
            "type: settlement_talks, parties: [" + s + ", RU], by: signature+P180D, binding: false",
            // 4-6: withdrawal from the occupied territory, elections there, the end of martial law
            "type: withdrawal, party: RU, from: [T" + k + "], by: signature+P" + (fires ? 200 : 50) + "D",
            "type: elections, party: " + s + ", by: signature+P100D, territories: [T" + k + "]",
            "type: martial_law, party: " + s + ", ends: signature+P" + (fires ? 300 : 30) + "D",
            // 7: recognition of the occupier's control
            "type: territorial_status, territory: T" + k + ", status: " + (fires ? "de_facto_recognition" : "frozen")
                    + ", in_favour_of: RU",
            // 8-10: neutrality, automatic accession to the same alliance, a path to an organization
            "type: non_accession, party: " + s + ", alliance: A" + k + ", entrenchment: constitution, alliance_commits: true",
            "type: conditional_accession, party: " + s + ", alliance: A" + k + ", automatic: true"
                    + ", trigger: { event: violation, by: RU, qualifier: without cause }",
            "type: accession_path, party: " + s + ", organization: O" + k,
            // 11-13: a guarantee with the adversary among its guarantors, an assurance, a ban on foreign forces
            "type: security_guarantee, guarantors: [G" + k + ", RU], beneficiary: " + s
                    + ", strength: assistance, activation: { decided_by: all_guarantors }, presence: true"
                    + ", excludes: [T" + k + "], conditions: [ { kind: coordination_duty, scope: all operations }"
                    + ", { kind: void_if, trigger: { event: use_of_force, by: " + s + " } } ]",
            "type: security_guarantee, guarantors: [US], beneficiary: " + s + ", strength: consultation"
                    + ", activation: { decided_by: unsc }",
            "type: foreign_forces_ban, territory_of: " + s + ", forces_of: " + (fires ? "any" : "[RU]"),
            // 14-16: limits on forces
            "type: force_limit, party: " + s + ", personnel: 100000",
            "type: force_limit, party: UA, personnel: " + (50000 + k),
            "type: non_use_of_force, parties: [UA], scope: territorial_change",
            // 17-18: sanctions relief, with a snap-back in odd blocks
            "type: sanctions, action: ease, target: " + s + ", by: [US]",
            fires ? "type: nuclear_status, party: " + s + ", status: non_nuclear"
                    : "type: sanctions, action: reimpose, target: " + s + ", by: [US]"
                    + ", trigger: { event: violation, by: " + s + ", of: [\"" + c + "8\"], determined_by: M" + k + " }",
            // 19: an amnesty
            "type: amnesty, beneficiaries: all, excludes: " + (fires ? "[genocide]" : "[war_crimes, crimes_against_humanity, genocide]"),
            // 20: monitoring of the ceasefire (not of the buffer zone in even blocks) and of the accession
            "type: monitoring, body: M" + k + ", covers: [\"" + c + "1\", " + (fires ? "" : "\"" + c + "2\", ") + "\"" + c + "9\"]"
                    + ", powers: " + (fires ? "[observe, report]" : "[observe, report, determine_violation]"),
            // 21-23: an obligation and its prohibition; a triggered obligation on a non-signatory
            "type: obligation, bearer: " + s + ", modality: must, action: hold a referendum, object: in T" + k,
            "type: obligation, bearer: " + s + ", modality: " + (fires ? "must_not" : "may") + ", action: hold a referendum, object: in T" + k,
            "type: obligation, bearer: G" + k + ", modality: may, action: station forces, object: in " + s
                    + ", trigger: { event: armed_attack, by: RU }",
            // 24-30: clauses no rule is about, or near-misses
            "type: nuclear_status, party: " + s + ", status: non_nuclear",
            "type: obligation, bearer: " + s + ", modality: must, action: clear mines, object: along Line " + k,
            "type: withdrawal, party: RU, from: [U" + k + "], by: signature+P30D",
            "type: elections, party: " + s + ", by: signature+P400D",
            "type: territorial_status, territory: U" + k + ", status: frozen",
            "type: ceasefire, parties: [" + s + ", RU], form: armistice, permanent: true",
            "type: obligation, bearer: RU, modality: must, action: return prisoners, object: of block " + k,
        };
        if (b.length != BLOCK) {
            throw new IllegalStateException("a block has " + b.length + " clauses, not " + BLOCK);
        }
        return b;
    }

    /** Writes a draft to a file (for callers that need one on disk). */
    public static Path write(int clauses, Path file) {
        try {
            Files.writeString(file, yaml(clauses, "synthetic-" + clauses), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
