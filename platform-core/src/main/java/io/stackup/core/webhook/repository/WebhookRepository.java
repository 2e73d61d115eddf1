package io.stackup.core.webhook.repository;

import static io.stackup.core.jooq.Tables.WEBHOOK_DELIVERY;
import static io.stackup.core.jooq.Tables.WEBHOOK_ENDPOINT;

import io.stackup.core.tenancy.TenantId;
import io.stackup.core.webhook.WebhookDelivery;
import io.stackup.core.webhook.WebhookEndpoint;
import io.stackup.core.webhook.WebhookId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A tenant's webhook endpoints and the log of their deliveries. */
@Repository
public class WebhookRepository {

    /** An endpoint with its secret, for signing. */
    public record Target(WebhookId id, String url, String secret, List<String> events, boolean enabled) {}

    private final DSLContext dsl;

    WebhookRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public WebhookEndpoint insert(
            TenantId tenant, String url, String secret, List<String> events, boolean enabled, String actor) {
        return dsl.insertInto(WEBHOOK_ENDPOINT)
                .set(WEBHOOK_ENDPOINT.TENANT_ID, tenant)
                .set(WEBHOOK_ENDPOINT.URL, url)
                .set(WEBHOOK_ENDPOINT.SECRET, secret)
                .set(WEBHOOK_ENDPOINT.EVENTS, events.toArray(String[]::new))
                .set(WEBHOOK_ENDPOINT.ENABLED, enabled)
                .set(WEBHOOK_ENDPOINT.CREATED_BY, actor)
                .returning()
                .fetchSingle(WebhookRepository::endpoint);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<WebhookEndpoint> update(
            TenantId tenant, WebhookId id, String url, List<String> events, boolean enabled) {
        return dsl.update(WEBHOOK_ENDPOINT)
                .set(WEBHOOK_ENDPOINT.URL, url)
                .set(WEBHOOK_ENDPOINT.EVENTS, events.toArray(String[]::new))
                .set(WEBHOOK_ENDPOINT.ENABLED, enabled)
                .set(WEBHOOK_ENDPOINT.UPDATED_AT, Instant.now())
                .where(WEBHOOK_ENDPOINT.TENANT_ID.eq(tenant))
                .and(WEBHOOK_ENDPOINT.ID.eq(id))
                .returning()
                .fetchOptional(WebhookRepository::endpoint);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean delete(TenantId tenant, WebhookId id) {
        return dsl.deleteFrom(WEBHOOK_ENDPOINT)
                        .where(WEBHOOK_ENDPOINT.TENANT_ID.eq(tenant))
                        .and(WEBHOOK_ENDPOINT.ID.eq(id))
                        .execute()
                == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<WebhookEndpoint> find(TenantId tenant, WebhookId id) {
        return dsl.selectFrom(WEBHOOK_ENDPOINT)
                .where(WEBHOOK_ENDPOINT.TENANT_ID.eq(tenant))
                .and(WEBHOOK_ENDPOINT.ID.eq(id))
                .fetchOptional(WebhookRepository::endpoint);
    }

    /** A page of the tenant's endpoints, oldest first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<WebhookEndpoint> find(TenantId tenant, int offset, int limit) {
        return dsl.selectFrom(WEBHOOK_ENDPOINT)
                .where(WEBHOOK_ENDPOINT.TENANT_ID.eq(tenant))
                .orderBy(WEBHOOK_ENDPOINT.CREATED_AT, WEBHOOK_ENDPOINT.ID)
                .offset(offset)
                .limit(limit)
                .fetch(WebhookRepository::endpoint);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int count(TenantId tenant) {
        return dsl.fetchCount(WEBHOOK_ENDPOINT, WEBHOOK_ENDPOINT.TENANT_ID.eq(tenant));
    }

    /** The endpoint with its secret; empty when it is gone. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Target> target(TenantId tenant, WebhookId id) {
        return dsl.selectFrom(WEBHOOK_ENDPOINT)
                .where(WEBHOOK_ENDPOINT.TENANT_ID.eq(tenant))
                .and(WEBHOOK_ENDPOINT.ID.eq(id))
                .fetchOptional(
                        r -> new Target(r.getId(), r.getUrl(), r.getSecret(), List.of(r.getEvents()), r.getEnabled()));
    }

    /** The ids of the enabled endpoints that receive {@code type}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<WebhookId> subscribers(TenantId tenant, String type) {
        return dsl.select(WEBHOOK_ENDPOINT.ID)
                .from(WEBHOOK_ENDPOINT)
                .where(WEBHOOK_ENDPOINT.TENANT_ID.eq(tenant))
                .and(WEBHOOK_ENDPOINT.ENABLED.isTrue())
                .and(WEBHOOK_ENDPOINT.EVENTS.contains(new String[] {type}))
                .fetch(WEBHOOK_ENDPOINT.ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void logDelivery(
            TenantId tenant,
            WebhookId endpoint,
            UUID eventId,
            String type,
            int attempt,
            @Nullable Integer status,
            @Nullable String error) {
        dsl.insertInto(WEBHOOK_DELIVERY)
                .set(WEBHOOK_DELIVERY.TENANT_ID, tenant)
                .set(WEBHOOK_DELIVERY.ENDPOINT_ID, endpoint)
                .set(WEBHOOK_DELIVERY.EVENT_ID, eventId)
                .set(WEBHOOK_DELIVERY.EVENT_TYPE, type)
                .set(WEBHOOK_DELIVERY.ATTEMPT, attempt)
                .set(WEBHOOK_DELIVERY.STATUS_CODE, status)
                .set(WEBHOOK_DELIVERY.ERROR, error)
                .execute();
    }

    /** A page of an endpoint's deliveries, newest first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<WebhookDelivery> deliveries(TenantId tenant, WebhookId endpoint, int offset, int limit) {
        return dsl.selectFrom(WEBHOOK_DELIVERY)
                .where(WEBHOOK_DELIVERY.TENANT_ID.eq(tenant))
                .and(WEBHOOK_DELIVERY.ENDPOINT_ID.eq(endpoint))
                .orderBy(WEBHOOK_DELIVERY.AT.desc(), WEBHOOK_DELIVERY.ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new WebhookDelivery(
                        r.getId(),
                        r.getEventId(),
                        r.getEventType(),
                        r.getAttempt(),
                        r.getStatusCode(),
                        r.getError(),
                        r.getAt()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int countDeliveries(TenantId tenant, WebhookId endpoint) {
        return dsl.fetchCount(
                WEBHOOK_DELIVERY, WEBHOOK_DELIVERY.TENANT_ID.eq(tenant).and(WEBHOOK_DELIVERY.ENDPOINT_ID.eq(endpoint)));
    }

    private static WebhookEndpoint endpoint(Record r) {
        return new WebhookEndpoint(
                r.get(WEBHOOK_ENDPOINT.ID),
                r.get(WEBHOOK_ENDPOINT.URL),
                List.of(r.get(WEBHOOK_ENDPOINT.EVENTS)),
                r.get(WEBHOOK_ENDPOINT.ENABLED),
                r.get(WEBHOOK_ENDPOINT.CREATED_AT));
    }
}
