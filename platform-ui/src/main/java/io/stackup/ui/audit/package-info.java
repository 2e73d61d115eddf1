/** The tenant admin's audit log screen: the records, filtered, paged as the grid scrolls, and their CSV download. */
@NullMarked
package io.stackup.ui.audit;

import org.jspecify.annotations.NullMarked;
