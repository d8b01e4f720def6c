/**
 * The domain of a draft peace agreement: the treaty, its actors and territories, its typed clauses,
 * and the findings the rule base reports about them. Everything here is immutable and knows nothing
 * of YAML, Drools or Excel.
 */
package org.treatycheck.model;
