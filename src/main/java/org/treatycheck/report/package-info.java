/**
 * Reports of one check: a {@link org.treatycheck.report.TreatyReport} (treaty, sorted findings, rule
 * catalog, run facts) rendered by a {@link org.treatycheck.report.ReportRenderer} as an Excel workbook
 * ({@link org.treatycheck.report.XlsxRenderer}), versioned JSON ({@link org.treatycheck.report.JsonRenderer})
 * or a console table ({@link org.treatycheck.report.TextRenderer}), and written safely with
 * {@link org.treatycheck.report.AtomicFiles}.
 *
 * <p>Depends on {@code org.treatycheck.model} only: renderers never run rules or load files, so
 * every report can be built from plain records in a test.
 */
package org.treatycheck.report;
