/**
 * Results presented to people, the same on the screens of {@code platform-ui}, in a PDF and on a respondent's own
 * result page: {@link io.stackup.core.report.ResultReport} (names, answers as words, the roadmap in steps, the
 * offerings it implies), made by {@link io.stackup.core.report.ResultReports}; re-assessment
 * ({@link io.stackup.core.report.Comparisons}); a prospect's overall level over time
 * ({@link io.stackup.core.report.ProspectTimelines}); and pictures of them drawn on the server as SVG text without a
 * chart library ({@link io.stackup.core.report.RadarChart}, {@link io.stackup.core.report.LadderChart},
 * {@link io.stackup.core.report.TimelineChart}), built as a DOM that escapes every name; numbers read the same
 * everywhere ({@link io.stackup.core.report.ReportNumbers}). A feature of its own, outside the template domain: it
 * reads the template model and scoring results of {@code io.stackup.core.template}, and interviews and prospects
 * through the services of {@code io.stackup.core.interview} and {@code io.stackup.core.prospect}; within the core
 * only the self-assessment feature depends on it (for the own result page). No Vaadin here (see ArchitectureTest). A
 * result's JSON ({@code ResultDocument}) stays in {@code io.stackup.core.template.scoring}: it is what a completed
 * interview stores, so the interview feature needs it, and a report on interviews must be free to depend on that
 * feature without a cycle.
 */
@NullMarked
package io.stackup.core.report;

import org.jspecify.annotations.NullMarked;
