/** The partner admin's templates: list, import, starters, publish, export and the live preview. */
@NullMarked
package io.stackup.ui.template;

import org.jspecify.annotations.NullMarked;
