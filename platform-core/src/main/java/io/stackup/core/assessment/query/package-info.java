/** Screen-shaped reads of public links. Only the assessment feature uses this package. */
@NullMarked
package io.stackup.core.assessment.query;

import org.jspecify.annotations.NullMarked;
