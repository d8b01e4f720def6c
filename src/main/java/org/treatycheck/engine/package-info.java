/**
 * The Drools side: building a rule base from the DRL files of a rules folder at run time, reading
 * each rule's metadata, running a draft through a session, and collecting findings through one
 * channel ({@link org.treatycheck.engine.FindingCollector}) as immutable values.
 */
package org.treatycheck.engine;
