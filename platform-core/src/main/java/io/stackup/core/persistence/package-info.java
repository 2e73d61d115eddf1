/** How every transaction learns its tenant, and how database refusals reach callers. */
@NullMarked
package io.stackup.core.persistence;

import org.jspecify.annotations.NullMarked;
