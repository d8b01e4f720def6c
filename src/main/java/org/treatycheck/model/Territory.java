package org.treatycheck.model;

/**
 * A territory the draft speaks about.
 *
 * @param name         the territory's name as used in the file
 * @param sovereign    sovereign under international law at signature
 * @param controlledBy who actually controls it at signature
 */
public record Territory(String name, String sovereign, String controlledBy) {

    /** Occupied: controlled by someone other than its sovereign. */
    public boolean occupied() {
        return !sovereign.equals(controlledBy);
    }
}
