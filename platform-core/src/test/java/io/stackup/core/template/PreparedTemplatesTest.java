package io.stackup.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.template.repository.TemplateRepository.Revision;
import io.stackup.core.template.scoring.PreparedTemplate;
import io.stackup.core.template.scoring.ScoringEngine;
import io.stackup.core.tenancy.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The prepared templates' cache: what it serves without loading, what it loads again, and its bound. */
class PreparedTemplatesTest {

    private static final Revision DRAFT_1 = new Revision(TemplateStatus.DRAFT, 1);
    private static final Revision DRAFT_2 = new Revision(TemplateStatus.DRAFT, 2);
    private static final Revision PUBLISHED = new Revision(TemplateStatus.PUBLISHED, 3);

    private final PreparedTemplates cache = new PreparedTemplates();
    private final TenantId tenant = new TenantId(UUID.randomUUID());
    private final TemplateId id = new TemplateId(UUID.randomUUID());
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void a_draft_is_loaded_again_only_after_its_lock_version_changed() {
        PreparedTemplate first = cache.get(tenant, id, DRAFT_1, counted());
        assertThat(cache.get(tenant, id, DRAFT_1, counted())).isSameAs(first);
        assertThat(loads).hasValue(1);

        PreparedTemplate second = cache.get(tenant, id, DRAFT_2, counted());
        assertThat(second).isNotSameAs(first);
        assertThat(loads).hasValue(2);
        assertThat(cache.published(tenant, id))
                .as("a draft is never served as published")
                .isNull();
    }

    @Test
    void a_published_version_is_served_without_a_revision_once_loaded() {
        assertThat(cache.published(tenant, id)).isNull();
        PreparedTemplate loaded = cache.get(tenant, id, PUBLISHED, counted());

        assertThat(cache.published(tenant, id)).isSameAs(loaded);
        assertThat(loads).hasValue(1);
    }

    @Test
    void another_tenant_never_gets_the_entry_of_the_same_id() {
        cache.get(tenant, id, PUBLISHED, counted());
        TenantId other = new TenantId(UUID.randomUUID());

        assertThat(cache.published(other, id)).isNull();
        cache.get(other, id, PUBLISHED, counted());
        assertThat(loads).hasValue(2);
    }

    @Test
    void it_holds_no_more_than_its_capacity() {
        PreparedTemplates small = new PreparedTemplates(3);
        for (int i = 0; i < 10; i++) {
            small.get(tenant, new TemplateId(UUID.randomUUID()), PUBLISHED, counted());
        }

        assertThat(small.size()).isEqualTo(3);
    }

    private Supplier<PreparedTemplate> counted() {
        return () -> {
            loads.incrementAndGet();
            return new ScoringEngine().prepare(miniIo());
        };
    }

    /** The spec's small example, as the other features' tests read it. */
    private static Template miniIo() {
        try (InputStream in =
                PreparedTemplatesTest.class.getResourceAsStream("/io/stackup/core/template/mini-io.json")) {
            return TemplateReader.readJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
