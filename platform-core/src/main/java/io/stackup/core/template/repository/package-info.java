/** Storage of template versions. Only the template feature uses this package. */
@NullMarked
package io.stackup.core.template.repository;

import org.jspecify.annotations.NullMarked;
