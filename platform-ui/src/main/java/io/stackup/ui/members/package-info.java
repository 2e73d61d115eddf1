/** The tenant admins' members screen: the list, invitations, roles, deactivation, an expert's areas. */
@NullMarked
package io.stackup.ui.members;

import org.jspecify.annotations.NullMarked;
