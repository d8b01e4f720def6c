package org.treatycheck.load;

import java.util.List;

/**
 * A list of ids as written, or the field's keyword ({@code any}, {@code all}) in place of the list.
 */
record IdList(boolean keyword, List<String> ids) {

    static final IdList EMPTY = new IdList(false, List.of());

    IdList {
        ids = List.copyOf(ids);
    }
}
