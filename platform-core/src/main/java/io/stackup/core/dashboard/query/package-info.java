/** The Overview's aggregates, one statement a widget, each naming the tenant. Only the dashboard feature uses it. */
@NullMarked
package io.stackup.core.dashboard.query;

import org.jspecify.annotations.NullMarked;
