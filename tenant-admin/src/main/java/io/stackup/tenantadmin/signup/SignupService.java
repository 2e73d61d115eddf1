package io.stackup.tenantadmin.signup;

import io.stackup.core.audit.AuditEntry;
import io.stackup.core.audit.AuditLog;
import io.stackup.core.signup.SignupAttempts;
import io.stackup.core.tenancy.MemberLogin;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.core.tenancy.TenantId;
import io.stackup.tenantadmin.identity.IdentityAdmin;
import io.stackup.tenantadmin.identity.IdentityAdminException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A stranger signs their company up: one operation that wholly succeeds or leaves nothing behind.
 *
 * <ol>
 *   <li>The fields are checked ({@link SignupChecks}); then the attempt is counted against the rate limits
 *       ({@link SignupAttempts}), in PostgreSQL, before any call to Keycloak.
 *   <li>In Keycloak: the organization (alias = slug), the user (username = e-mail, unverified, required action
 *       {@code VERIFY_EMAIL}), the membership. A Keycloak step that fails undoes the Keycloak steps before it; nothing is
 *       in the database yet.
 *   <li>In one database transaction: the tenant ({@code pending}), its member with the role {@code tenant-admin} and the
 *       audit record {@code tenant.signed_up}. If it fails (the slug was taken in the database meanwhile), the user and
 *       the organization are deleted from Keycloak.
 *   <li>Keycloak sends its own verification mail. A failure here leaves the sign-up as it is: the person can ask for
 *       the mail again.
 * </ol>
 *
 * <p>An e-mail address that already has a user gets the same answer as a new one, and nothing is created: the answer
 * must not tell a stranger which addresses are known. No mail is sent to that address.
 *
 * <p>Not {@code @Transactional} itself: Keycloak's steps are no part of a database transaction, and the database step
 * opens its own once the new tenant is bound ({@link TenantContext}), so that row-level security applies to the member
 * and the audit record as to any other tenant work.
 */
@Service
public class SignupService {

    /** The client whose redirect URIs the verification mail's link may lead back to. */
    static final String WEB_CLIENT = "stackup-web";

    private static final Logger log = LoggerFactory.getLogger(SignupService.class);

    private final IdentityAdmin identity;
    private final SignupAttempts attempts;
    private final TenantDirectory directory;
    private final MemberService members;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final String publicUrl;

    SignupService(
            IdentityAdmin identity,
            SignupAttempts attempts,
            TenantDirectory directory,
            MemberService members,
            AuditLog audit,
            PlatformTransactionManager transactionManager,
            @Value("${stackup.public-url}") String publicUrl) {
        this.identity = identity;
        this.attempts = attempts;
        this.directory = directory;
        this.members = members;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** What a sign-up answers, the same whether the address was new or known: look in this inbox. */
    public record Receipt(String email) {}

    /**
     * What is wrong with this short name, as the form checks it while it is typed: its form, reserved, or taken by a
     * tenant. Empty when it may be tried (Keycloak may still refuse it at sign-up).
     */
    public Optional<FieldProblem> checkSlug(String slug) {
        String normalized = slug.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<FieldProblem> problem = SlugRules.check(normalized);
        if (problem.isPresent()) {
            return problem;
        }
        return directory.findBySlug(normalized).isPresent() ? Optional.of(SlugRules.taken()) : Optional.empty();
    }

    /**
     * Signs the company up, as described above.
     *
     * @param clientAddress the address the request came from, for the per-address rate limit
     * @throws SignupValidationException when a field is wrong, the short name is taken (in Keycloak or the database)
     *     or Keycloak refuses the password; nothing was created
     * @throws io.stackup.core.signup.SignupRateLimitedException when the address or everyone tried too often; nothing
     *     was created and Keycloak was not asked
     * @throws IdentityAdminException when Keycloak fails otherwise; what it had created is deleted again
     */
    public Receipt signUp(SignupRequest request, String clientAddress) {
        SignupRequest form = SignupChecks.normalized(request);
        List<FieldProblem> problems = SignupChecks.problems(form);
        if (!problems.isEmpty()) {
            throw new SignupValidationException(problems);
        }
        attempts.take(clientAddress);
        if (identity.findUserId(form.email()).isPresent()) {
            log.info("Sign-up of '{}' with a known e-mail address: answered as usual, nothing created", form.slug());
            return new Receipt(form.email());
        }
        String organizationId = createOrganization(form);
        String userId;
        try {
            userId = identity.createUnverifiedUser(form.email(), form.firstName(), form.lastName(), form.password());
        } catch (IdentityAdminException e) {
            undo(e, () -> identity.deleteOrganization(organizationId));
            if (e.status() == 409) {
                log.info("Sign-up of '{}' with a known e-mail address: answered as usual, nothing kept", form.slug());
                return new Receipt(form.email());
            }
            if (e.status() == 400) {
                throw new SignupValidationException(List.of(new FieldProblem(
                        SignupRequest.PASSWORD, "policy", "Keycloak refused this password: " + e.getMessage())));
            }
            throw e;
        }
        try {
            identity.addOrganizationMember(organizationId, userId);
            record(form, organizationId, userId);
        } catch (RuntimeException e) {
            undo(e, () -> identity.deleteUser(userId));
            undo(e, () -> identity.deleteOrganization(organizationId));
            if (e instanceof DuplicateKeyException) {
                throw new SignupValidationException(List.of(SlugRules.taken()));
            }
            throw e;
        }
        sendVerification(userId);
        log.info("Signed up tenant '{}' (pending until its admin verifies the e-mail address)", form.slug());
        return new Receipt(form.email());
    }

    /**
     * Sends the verification mail again to the unverified user with this address, counted like a sign-up. An address
     * without a user, or already verified, gets the same answer and no mail.
     *
     * @throws io.stackup.core.signup.SignupRateLimitedException when the address or everyone tried too often
     */
    public Receipt resendVerification(String email, String clientAddress) {
        String normalized = email.strip().toLowerCase(java.util.Locale.ROOT);
        attempts.take(clientAddress);
        identity.findUserId(normalized)
                .filter(userId -> !identity.isEmailVerified(userId))
                .ifPresent(this::sendVerification);
        return new Receipt(normalized);
    }

    private String createOrganization(SignupRequest form) {
        try {
            return identity.createOrganization(form.slug(), form.companyName() + " (" + form.slug() + ")");
        } catch (IdentityAdminException e) {
            if (e.status() == 409) {
                throw new SignupValidationException(List.of(SlugRules.taken()));
            }
            throw e;
        }
    }

    private void record(SignupRequest form, String organizationId, String userId) {
        TenantId tenant = new TenantId(UUID.randomUUID());
        String label = form.firstName() + " " + form.lastName() + " (" + form.email() + ")";
        TenantContext.callAs(
                tenant,
                userId,
                () -> transactions.execute(status -> {
                    directory.registerPending(tenant, form.slug(), form.companyName(), organizationId);
                    members.ensureMember(new MemberLogin(
                            userId,
                            form.email(),
                            form.firstName() + " " + form.lastName(),
                            Set.of(Roles.TENANT_ADMIN)));
                    audit.record(
                            userId,
                            label,
                            AuditEntry.ofTenant(
                                            "tenant.signed_up",
                                            "Signed up " + form.companyName() + " (" + form.slug() + ")")
                                    .with("slug", form.slug())
                                    .with("name", form.companyName())
                                    .with("admin", form.email()));
                    return tenant;
                }));
    }

    private void sendVerification(String userId) {
        try {
            identity.sendVerificationEmail(userId, WEB_CLIENT, publicUrl + "/");
        } catch (IdentityAdminException e) {
            log.warn("The verification mail to user {} was not sent; they can ask again: {}", userId, e.getMessage());
        }
    }

    /** Runs one compensating step; its failure is logged and kept with the failure that made it necessary. */
    private static void undo(RuntimeException cause, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            log.error("Could not undo a step of a failed sign-up; remove it by hand", e);
            cause.addSuppressed(e);
        }
    }
}
