/**
 * Results drawn for people: pictures of a scored template (such as the maturity ladder as SVG) rendered on the server
 * as plain text, so the screens of {@code platform-ui} and a printed or PDF report show the same thing without a chart
 * library. A feature of its own, outside the template domain: it reads the model and scoring results of
 * {@code io.stackup.core.template} and nothing depends on it within the core. No Vaadin here (see ArchitectureTest).
 * A result's JSON ({@code ResultDocument}) stays in {@code io.stackup.core.template.scoring}: it is what a completed
 * interview stores, so the interview feature needs it, and a report on interviews must be free to depend on that
 * feature without a cycle.
 */
@NullMarked
package io.stackup.core.report;

import org.jspecify.annotations.NullMarked;
