/**
 * The command line (picocli): {@code check}, {@code rules}, {@code test}. Commands print through
 * picocli's writers so tests can capture them; a user error is one line and exit code 2, a stack
 * trace only with {@code --verbose}.
 */
package org.treatycheck.cli;
