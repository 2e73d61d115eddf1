/**
 * Screen-shaped reads of leads: the queue (filtered, sorted, paged, counted, or streamed for an export) and one lead
 * with its history. Only the lead feature uses this package.
 */
@NullMarked
package io.stackup.core.lead.query;

import org.jspecify.annotations.NullMarked;
