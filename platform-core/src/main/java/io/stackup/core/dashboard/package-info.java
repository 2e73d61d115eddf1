/**
 * The tenant admin's Overview: the funnel of a period (assigned → started → completed → qualified → claimed → won),
 * the maturity heatmap of the tenant's prospects (areas × levels, with the prospects behind each cell), interviewer
 * and expert activity and leads by source. {@link io.stackup.core.dashboard.DashboardService} is the door; every
 * figure is one SQL aggregate over indexed columns ({@code query.DashboardQueries}), never rows loaded into Java.
 * It reads the interview, lead, prospect, member and template tables through its own query package, and depends on
 * the lead and prospect features' public types only.
 */
@NullMarked
package io.stackup.core.dashboard;

import org.jspecify.annotations.NullMarked;
