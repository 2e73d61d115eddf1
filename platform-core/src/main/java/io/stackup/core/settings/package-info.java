/**
 * A tenant's settings, changed by its admins: its name, logo, accent colour, time to pick up a lead, time zone and
 * default language. Every change is checked here once ({@link io.stackup.core.settings.SettingsService}), guarded by the
 * tenant's version (optimistic locking) and recorded in the audit log in its own transaction
 * ({@code tenant.settings_changed}). A logo is decoded and re-encoded as a small PNG
 * ({@link io.stackup.core.settings.LogoImages}); the uploaded bytes are never kept. This package's API:
 * {@code SettingsService}, {@code Settings}, {@code SettingsChange}, {@code TenantLook} and their exceptions.
 */
@NullMarked
package io.stackup.core.settings;

import org.jspecify.annotations.NullMarked;
