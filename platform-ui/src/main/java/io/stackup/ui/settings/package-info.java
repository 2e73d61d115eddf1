/**
 * The tenant admin's settings screen ({@code /settings}): name, logo, accent colour, time to pick up a lead, time zone
 * and default language, each problem shown next to its field; a save after someone else's is refused with a reload.
 */
@NullMarked
package io.stackup.ui.settings;

import org.jspecify.annotations.NullMarked;
