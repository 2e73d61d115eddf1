/** The membership feature's reads and writes of members and their invitations. */
@NullMarked
package io.stackup.core.membership.repository;

import org.jspecify.annotations.NullMarked;
