/**
 * The customer report: an interview's result as a PDF for the prospect
 * ({@link io.stackup.core.report.customer.CustomerReport}), built from the same
 * {@link io.stackup.core.report.ResultReport} the result screen shows, with the same names and numbers
 * ({@link io.stackup.core.report.ReportNumbers}), laid out by {@link io.stackup.core.report.pdf.PdfDocuments}
 * (docs/adr/0012-pdf-rendering.md). Leaves out the partner's internals (the lead qualification).
 */
@NullMarked
package io.stackup.core.report.customer;

import org.jspecify.annotations.NullMarked;
