/** Screen-shaped reads of templates (the list grouped by key). Only the template feature uses this package. */
@NullMarked
package io.stackup.core.template.query;

import org.jspecify.annotations.NullMarked;
