/**
 * Rule regression tests: per-rule YAML files of cases that must fire (with their exact findings)
 * and near-misses that must stay silent, snapshots of the shipped drafts, and the coverage gate.
 * Run by {@code treatycheck test} and, case by case, inside {@code mvn verify}.
 */
package org.treatycheck.regress;
