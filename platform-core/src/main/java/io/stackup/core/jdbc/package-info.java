/**
 * Plain JDBC for the generated jOOQ fields, for the few statements kept as fixed SQL because they run on every request
 * ({@link io.stackup.core.jdbc.JdbcColumns}). Like the generated schema, it belongs to no feature and depends on none:
 * every feature's repositories may use it.
 */
@NullMarked
package io.stackup.core.jdbc;

import org.jspecify.annotations.NullMarked;
