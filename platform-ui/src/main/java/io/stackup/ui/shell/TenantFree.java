package io.stackup.ui.shell;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view that needs no chosen tenant: the pages that ask for one or explain why there is none, and the
 * platform operators' views, which work across tenants. Every other view is reached only with an active tenant.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TenantFree {}
