package io.stackup.core.assessment;

import io.stackup.core.assessment.query.PublicLinkQueries;
import io.stackup.core.assessment.repository.PublicLinkRepository;
import io.stackup.core.audit.AuditEntry;
import io.stackup.core.audit.AuditLog;
import io.stackup.core.template.TemplateConflictException;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateNotFoundException;
import io.stackup.core.template.TemplateService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's public links, for its admins: offer a published template as a link, switch it on and off, set
 * its expiry and welcome text, list them. Errors: {@link PublicLinkValidationException},
 * {@link PublicLinkNotFoundException}, {@link PublicLinkConflictException}, and the template's own
 * ({@link TemplateNotFoundException}, {@link TemplateConflictException} for a draft). Never returns null.
 */
@Service
@Transactional
public class PublicLinkService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PublicLinkRepository links;
    private final PublicLinkQueries queries;
    private final TemplateService templates;
    private final AuditLog audit;

    PublicLinkService(
            PublicLinkRepository links, PublicLinkQueries queries, TemplateService templates, AuditLog audit) {
        this.links = links;
        this.queries = queries;
        this.templates = templates;
        this.audit = audit;
    }

    /**
     * Offers a published template version as a new link, with a fresh token of 256 random bits.
     *
     * @throws TemplateConflictException when the template is a draft
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public PublicLink create(TemplateId template, PublicLinkSettings settings) {
        TenantId tenant = TenantContext.requireTenant();
        PublicLinkSettings checked = settings.checked();
        templates.published(template);
        PublicLinkId id = links.insert(tenant, template, newToken(), checked, user());
        PublicLink link = require(tenant, id);
        audit.record(AuditEntry.of(
                        "public_link.created",
                        "public_link",
                        id,
                        "Created a public link to " + link.templateName() + " " + link.templateVersion())
                .with("template", link.templateKey() + " " + link.templateVersion())
                .with("enabled", link.enabled())
                .with("expiresAt", link.expiresAt())
                .with("welcome", link.welcome()));
        return link;
    }

    /**
     * Saves the settings if nobody saved the link since the caller read {@code expectedLockVersion}.
     *
     * @throws PublicLinkConflictException when someone did: the caller should reload
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public PublicLink update(PublicLinkId id, int expectedLockVersion, PublicLinkSettings settings) {
        TenantId tenant = TenantContext.requireTenant();
        PublicLinkSettings checked = settings.checked();
        PublicLink before = require(tenant, id);
        if (!links.update(tenant, id, expectedLockVersion, checked, user())) {
            throw new PublicLinkConflictException(
                    "This link was changed after you opened it. Reload to see the changes; nothing was overwritten.");
        }
        PublicLink after = require(tenant, id);
        audit.record(AuditEntry.of(
                        "public_link.changed",
                        "public_link",
                        id,
                        "Changed the public link to " + after.templateName() + " " + after.templateVersion()
                                + (before.enabled() == after.enabled()
                                        ? ""
                                        : after.enabled() ? " (switched on)" : " (switched off)"))
                .with("enabledBefore", before.enabled())
                .with("enabledAfter", after.enabled())
                .with("expiresAtBefore", before.expiresAt())
                .with("expiresAtAfter", after.expiresAt())
                .with("welcomeBefore", before.welcome())
                .with("welcomeAfter", after.welcome()));
        return after;
    }

    /** Switches a link on or off, whatever else changed meanwhile. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public PublicLink setEnabled(PublicLinkId id, boolean enabled) {
        TenantId tenant = TenantContext.requireTenant();
        PublicLink link = require(tenant, id);
        return update(id, link.lockVersion(), new PublicLinkSettings(enabled, link.expiresAt(), link.welcome()));
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional(readOnly = true)
    public PublicLink get(PublicLinkId id) {
        return require(TenantContext.requireTenant(), id);
    }

    /** A page of the tenant's links, newest first; only those of {@code template} when it is given. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional(readOnly = true)
    public List<PublicLink> find(@Nullable TemplateId template, int offset, int limit) {
        return queries.find(TenantContext.requireTenant(), template, offset, limit);
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional(readOnly = true)
    public int count(@Nullable TemplateId template) {
        return queries.count(TenantContext.requireTenant(), template);
    }

    /** 32 bytes of {@link SecureRandom}, base64url without padding: 43 characters nobody can guess. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private PublicLink require(TenantId tenant, PublicLinkId id) {
        return queries.find(tenant, id).orElseThrow(() -> new PublicLinkNotFoundException(id));
    }

    private static String user() {
        return TenantContext.currentUser().orElse("system");
    }
}
