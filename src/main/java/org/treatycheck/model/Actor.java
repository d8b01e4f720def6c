package org.treatycheck.model;

/**
 * A state, alliance, organization or treaty body named by the draft.
 *
 * @param id                actor id as used in the file ({@code UA}, {@code NATO})
 * @param signatory         signs and is bound by the treaty
 * @param belligerent       a party to the armed conflict the treaty ends
 * @param unscVeto          permanent member of the UN Security Council
 * @param romeStatute       state party to the Rome Statute of the ICC
 * @param martialLaw        under martial law when the draft would be signed
 * @param admission         how it admits new members (alliances and organizations)
 * @param collectiveDefence has a mutual-defence commitment (NATO Art. 5)
 */
public record Actor(
        String id, String name, ActorKind kind, boolean signatory, boolean belligerent, boolean unscVeto,
        boolean romeStatute, boolean martialLaw, Admission admission, boolean collectiveDefence) {
}
