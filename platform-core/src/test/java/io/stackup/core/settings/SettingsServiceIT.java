package io.stackup.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.template.Problem;
import io.stackup.core.tenancy.MemberLogin;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A tenant's settings: every field checked and named, a stale version refused, every change audited with the values
 * before and after in its own transaction, a logo kept only as a re-encoded PNG, and one tenant's settings out of
 * another's reach.
 */
@CoreIntegrationTest
class SettingsServiceIT {

    @Autowired
    SettingsService settings;

    @Autowired
    TenantDirectory directory;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    final String unique = UUID.randomUUID().toString().substring(0, 8);
    Tenant a;
    Tenant b;

    @BeforeEach
    void two_tenants_with_an_admin_each() {
        a = directory.register("sa-" + unique, "Settings A " + unique, "org-sa-" + unique);
        b = directory.register("sb-" + unique, "Settings B " + unique, "org-sb-" + unique);
        for (Tenant t : List.of(a, b)) {
            TenantContext.callAs(
                    t.id(),
                    "test",
                    () -> members.ensureMember(new MemberLogin(
                            "kc-admin-" + t.slug(),
                            "admin@" + t.slug() + ".test",
                            "Ada Admin",
                            Set.of(Roles.TENANT_ADMIN))));
        }
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_change_is_stored_and_audited_with_before_and_after() {
        Settings before = as(a, Roles.TENANT_ADMIN, settings::current);
        assertThat(before.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(before.defaultLanguage()).isEqualTo("en");

        Settings after = as(
                a,
                Roles.TENANT_ADMIN,
                () -> settings.change(new SettingsChange(
                        "Renamed " + unique, "#1A5FB4", 48, "Europe/Berlin", "en", before.version())));

        assertThat(after.name()).isEqualTo("Renamed " + unique);
        assertThat(after.accentColour()).isEqualTo("#1a5fb4");
        assertThat(after.leadPickupHours()).isEqualTo(48);
        assertThat(after.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(after.version()).isEqualTo(before.version() + 1);
        List<Map<String, Object>> audit = auditOf(a);
        assertThat(audit).singleElement().satisfies(row -> {
            assertThat(row.get("action")).isEqualTo("tenant.settings_changed");
            assertThat(row.get("actor_id")).isEqualTo("kc-admin-" + a.slug());
            assertThat(row.get("actor_label")).isEqualTo("Ada Admin (admin@" + a.slug() + ".test)");
            assertThat((String) row.get("d"))
                    .contains("\"name.before\": \"Settings A " + unique + "\"")
                    .contains("\"name.after\": \"Renamed " + unique + "\"")
                    .contains("\"accentColour.before\": \"(default)\"")
                    .contains("\"accentColour.after\": \"#1a5fb4\"")
                    .contains("\"timeZone.before\": \"UTC\"")
                    .contains("\"timeZone.after\": \"Europe/Berlin\"")
                    .doesNotContain("defaultLanguage");
        });
        assertThat(auditOf(b)).isEmpty();
        assertThat(as(b, Roles.TENANT_ADMIN, settings::current).name()).isEqualTo("Settings B " + unique);
    }

    @Test
    void every_field_that_does_not_fit_is_named_and_nothing_is_stored() {
        int version = as(a, Roles.TENANT_ADMIN, settings::current).version();

        assertThatThrownBy(() -> as(
                        a,
                        Roles.TENANT_ADMIN,
                        () -> settings.change(new SettingsChange(" ", "red", 0, "Mars/Olympus", "xx", version))))
                .isInstanceOfSatisfying(
                        SettingsValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::path)
                                .containsExactly(
                                        "$.name",
                                        "$.accentColour",
                                        "$.leadPickupHours",
                                        "$.timeZone",
                                        "$.defaultLanguage"));
        assertThatThrownBy(() -> as(
                        a,
                        Roles.TENANT_ADMIN,
                        () -> settings.change(new SettingsChange("A", "#ffd700", 8761, "UTC", "en", version))))
                .isInstanceOfSatisfying(SettingsValidationException.class, e -> {
                    assertThat(e.problems())
                            .extracting(Problem::path)
                            .containsExactly("$.accentColour", "$.leadPickupHours");
                    assertThat(e.problems().getFirst().message())
                            .contains("too light")
                            .contains("contrast of 1.4:1")
                            .contains("4.5:1");
                });
        assertThat(as(a, Roles.TENANT_ADMIN, settings::current).version()).isEqualTo(version);
        assertThat(auditOf(a)).isEmpty();
    }

    @Test
    void a_change_from_a_stale_version_is_refused_as_a_conflict() {
        int version = as(a, Roles.TENANT_ADMIN, settings::current).version();
        as(a, Roles.TENANT_ADMIN, () -> settings.change(new SettingsChange("First", null, null, "UTC", "en", version)));

        assertThatThrownBy(() -> as(
                        a,
                        Roles.TENANT_ADMIN,
                        () -> settings.change(new SettingsChange("Second", null, null, "UTC", "en", version))))
                .isInstanceOf(SettingsConflictException.class)
                .hasMessageContaining("Someone else changed these settings");
        assertThat(as(a, Roles.TENANT_ADMIN, settings::current).name()).isEqualTo("First");
        assertThat(auditOf(a)).hasSize(1);
    }

    @Test
    void only_an_admin_reads_or_changes_the_settings() throws IOException {
        assertThatThrownBy(() -> as(a, Roles.INTERVIEWER, settings::current)).isInstanceOf(AccessDeniedException.class);
        byte[] logo = png(10, 10);
        assertThatThrownBy(() -> as(a, Roles.EXPERT, () -> {
                    settings.replaceLogo(logo);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(a, Roles.INTERVIEWER, settings::look).name()).isEqualTo("Settings A " + unique);
    }

    @Test
    void a_logo_is_kept_as_a_scaled_png_without_the_uploads_metadata_or_trailing_bytes() throws IOException {
        byte[] payload = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        byte[] upload = concat(jpeg(1600, 240), payload);

        as(a, Roles.TENANT_ADMIN, () -> {
            settings.replaceLogo(upload);
            return null;
        });

        byte[] stored = as(a, Roles.INTERVIEWER, settings::logo).orElseThrow();
        assertThat(Arrays.copyOf(stored, 8)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(60);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .doesNotContain("script")
                .doesNotContain("JFIF");
        assertThat(as(a, Roles.TENANT_ADMIN, settings::current).logo()).isTrue();
        assertThat(as(b, Roles.TENANT_ADMIN, settings::current).logo()).isFalse();
        assertThat(as(b, Roles.INTERVIEWER, settings::logo)).isEmpty();
        assertThat(auditOf(a))
                .singleElement()
                .satisfies(row -> assertThat((String) row.get("d"))
                        .contains("\"logo.before\": \"none\"")
                        .contains("\"logo.after\": \"a logo of 400 x 60 pixels\""));

        assertThat(as(a, Roles.TENANT_ADMIN, settings::removeLogo)).isTrue();
        assertThat(as(a, Roles.INTERVIEWER, settings::logo)).isEmpty();
        assertThat(auditOf(a)).hasSize(2);
    }

    @Test
    void a_non_image_an_svg_or_an_oversized_upload_is_refused_at_the_logo_field() throws IOException {
        for (byte[] upload : List.of(
                "GIF89a not really".getBytes(StandardCharsets.US_ASCII),
                "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8),
                concat(png(10, 10), new byte[LogoImages.MAX_BYTES]),
                Arrays.copyOf(png(50, 50), 40))) {
            assertThatThrownBy(() -> as(a, Roles.TENANT_ADMIN, () -> {
                        settings.replaceLogo(upload);
                        return null;
                    }))
                    .isInstanceOfSatisfying(
                            SettingsValidationException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::path)
                                    .containsExactly("$.logo"));
        }
        assertThat(as(a, Roles.TENANT_ADMIN, settings::current).logo()).isFalse();
        assertThat(auditOf(a)).isEmpty();
    }

    private List<Map<String, Object>> auditOf(Tenant tenant) {
        return TenantContext.callAs(
                tenant.id(),
                "test",
                () -> tx.execute(status -> jdbc.queryForList(
                        "SELECT action, actor_id, actor_label, details::text AS d FROM audit_event ORDER BY at")));
    }

    private <T> T as(Tenant tenant, String role, Supplier<T> work) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("someone", "n/a", Roles.authority(role)));
        try {
            return TenantContext.callAs(tenant.id(), "kc-admin-" + tenant.slug(), work);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static byte[] png(int width, int height) throws IOException {
        return image(width, height, "png");
    }

    static byte[] jpeg(int width, int height) throws IOException {
        return image(width, height, "jpg");
    }

    private static byte[] image(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x1a5fb4));
        g.fillRect(0, 0, width, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
