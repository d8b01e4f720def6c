package org.treatycheck.model;

/**
 * The fields every clause has.
 *
 * @param id     the article number as written, unique in the file
 * @param index  position in the document, from 0; findings list clauses in this order
 * @param type   the clause type as written in the file ({@code non_accession})
 * @param title  optional title, or null
 * @param text   optional text of the clause, or null
 * @param note   optional note, or null
 * @param at     when the clause takes effect (default signature)
 * @param line   the line of the clause in its file, for messages
 */
public record ClauseHeader(String id, int index, String type, String title, String text, String note, Time at, int line) {
}
