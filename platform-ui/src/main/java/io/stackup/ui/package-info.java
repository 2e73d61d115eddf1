/** Every Vaadin view, by feature. Views call services of platform-core and tenant-admin only. */
@NullMarked
package io.stackup.ui;

import org.jspecify.annotations.NullMarked;
