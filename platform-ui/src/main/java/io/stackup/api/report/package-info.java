/** What the API gives people to keep and compare: the comparison of a re-assessment, and the customer report. */
@NullMarked
package io.stackup.api.report;

import org.jspecify.annotations.NullMarked;
