/**
 * Loading treaty files: YAML composed into position-carrying nodes, validated against the format
 * table {@link org.treatycheck.load.TreatyFormat} (the one source of truth, from which the JSON
 * Schema is also generated), time expressions resolved, and the immutable model built. Every
 * problem in a file is reported at once as {@code FILE:LINE:COLUMN: message}.
 */
package org.treatycheck.load;
