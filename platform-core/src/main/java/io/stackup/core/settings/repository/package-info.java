/** The settings' writes and reads: columns of the tenant row and the {@code tenant_logo} table. */
@NullMarked
package io.stackup.core.settings.repository;

import org.jspecify.annotations.NullMarked;
