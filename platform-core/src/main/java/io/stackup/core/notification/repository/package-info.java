/** The notification feature's reads and writes: members' choices and who receives which mail. */
@NullMarked
package io.stackup.core.notification.repository;

import org.jspecify.annotations.NullMarked;
