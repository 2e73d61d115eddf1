/**
 * PDF rendering, independent of what a report says: a document is built as HTML with jsoup (which escapes all text),
 * styled by the shared print stylesheet and laid out by openhtmltopdf on Apache PDFBox, with the fonts shipped in
 * this package's resources embedded as subsets. Rendering reads nothing from outside: no network, no file, only the
 * document, the stylesheet and the fonts. The door is {@link io.stackup.core.report.pdf.PdfDocuments}; the choices are
 * docs/adr/0012-pdf-rendering.md.
 */
@NullMarked
package io.stackup.core.report.pdf;

import org.jspecify.annotations.NullMarked;
