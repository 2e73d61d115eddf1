package io.stackup.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.notification.repository.NotificationRepository;
import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.tenancy.MemberLogin;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A member's mail choices and the recipients read from them stay in the member's tenant: another tenant neither reads
 * nor changes them, even when its calls name the first tenant and the member's id, since row-level security stops what
 * a wrong tenant in a call would let through. Through the service, each member's choice is their own.
 */
@CoreIntegrationTest
class NotificationStorageIT {

    @Autowired
    TenantDirectory directory;

    @Autowired
    MemberService members;

    @Autowired
    NotificationRepository repository;

    @Autowired
    NotificationService notifications;

    @Autowired
    TransactionTemplate tx;

    final String unique = UUID.randomUUID().toString().substring(0, 8);
    Tenant a;
    Tenant b;
    UUID erinOfA;

    @BeforeEach
    void two_tenants_whose_expert_erin_opted_out_in_tenant_a() {
        a = directory.register("na-" + unique, "Tenant A " + unique, "org-na-" + unique);
        b = directory.register("nb-" + unique, "Tenant B " + unique, "org-nb-" + unique);
        for (Tenant t : List.of(a, b)) {
            member(t, "admin", Roles.TENANT_ADMIN);
            member(t, "erin", Roles.EXPERT);
            member(t, "eli", Roles.EXPERT);
        }
        erinOfA = member(a, "erin", Roles.EXPERT);
        as(a, "erin", Roles.EXPERT, () -> notifications.change(new NotificationPreferences(false)));
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void another_tenant_reads_neither_a_members_choice_nor_the_recipients_it_decides() {
        assertThat(in(a, () -> repository.newLeads(a.id(), erinOfA))).isFalse();
        assertThat(in(a, () -> repository.newLeadRecipients(a.id(), List.of("iam"))))
                .containsExactly(email("eli", a));
        assertThat(in(a, () -> repository.admins(a.id()))).containsExactly(email("admin", a));

        assertThat(in(b, () -> repository.newLeads(a.id(), erinOfA)))
                .as("the stored 'no' is invisible: the default answers")
                .isTrue();
        assertThat(in(b, () -> repository.newLeadRecipients(a.id(), List.of("iam"))))
                .isEmpty();
        assertThat(in(b, () -> repository.admins(a.id()))).isEmpty();

        assertThat(as(b, "erin", Roles.EXPERT, notifications::mine).newLeads())
                .as("tenant B's erin never chose")
                .isTrue();
        assertThat(as(a, "erin", Roles.EXPERT, notifications::mine).newLeads()).isFalse();
    }

    @Test
    void another_tenant_changes_no_members_choice() {
        assertThatThrownBy(() -> in(b, () -> {
                    repository.setNewLeads(a.id(), erinOfA, true);
                    return null;
                }))
                .isInstanceOf(PermissionDeniedDataAccessException.class);

        as(b, "erin", Roles.EXPERT, () -> notifications.change(new NotificationPreferences(true)));
        as(b, "eli", Roles.EXPERT, () -> notifications.change(new NotificationPreferences(false)));

        assertThat(in(a, () -> repository.newLeads(a.id(), erinOfA)))
                .as("unchanged")
                .isFalse();
        assertThat(as(a, "erin", Roles.EXPERT, notifications::mine).newLeads()).isFalse();
        assertThat(in(a, () -> repository.newLeadRecipients(a.id(), List.of("iam"))))
                .as("tenant B's eli opting out changes nothing in tenant A")
                .containsExactly(email("eli", a));
        assertThat(in(b, () -> repository.newLeadRecipients(b.id(), List.of("iam"))))
                .containsExactly(email("erin", b));
    }

    private <T> T in(Tenant tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), "test", () -> tx.execute(status -> work.get()));
    }

    private <T> T as(Tenant tenant, String user, String role, Supplier<T> work) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(user, "n/a", Roles.authority(role)));
        try {
            return TenantContext.callAs(tenant.id(), userId(tenant, user), work);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private UUID member(Tenant tenant, String name, String role) {
        return TenantContext.callAs(
                        tenant.id(),
                        "test",
                        () -> members.ensureMember(
                                new MemberLogin(userId(tenant, name), email(name, tenant), name, Set.of(role))))
                .id();
    }

    private static String userId(Tenant tenant, String user) {
        return "kc-" + user + "-" + tenant.slug();
    }

    private static String email(String user, Tenant tenant) {
        return user + "@" + tenant.slug() + ".test";
    }
}
