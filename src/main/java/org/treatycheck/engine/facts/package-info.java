/**
 * Facts derived in Java before the rules fire, so that shared notions ("binding guarantee", "the
 * triggers of a draft") are defined and tested once instead of being copied across rules.
 */
package org.treatycheck.engine.facts;
