package io.stackup.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/k8s rendered as its kustomization says (the resources it lists, in its namespace) and every document read into
 * fabric8's Kubernetes model, typed where the model knows the kind and generic for the operators' resources; then the
 * invariants a production deployment needs: at least two app instances with probes from Actuator, a disruption budget
 * and an autoscaler that keep two, sticky sessions at the Ingress for Vaadin, Keycloak and PostgreSQL clustered with
 * backups, and no secret written into a manifest.
 */
class KubernetesManifestsTest {

    private static final Path K8S = Path.of("k8s");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    /** A variable named as holding a secret: one of these words between underscores (not KEYCLOAK, not TOKENS_URL). */
    private static final Pattern SECRET_NAME =
            Pattern.compile("(.*_)?(PASSWORD|SECRET|TOKEN|CREDENTIALS?|KEY|PRIVATE_KEY)(_.*)?");

    private static List<HasMetadata> rendered;
    private static String namespace;

    @BeforeAll
    static void render() throws IOException {
        Map<String, Object> kustomization =
                SERIALIZATION.unmarshal(Files.readString(K8S.resolve("kustomization.yaml")), Map.class);
        namespace = (String) kustomization.get("namespace");
        rendered = new ArrayList<>();
        for (Object resource : (List<?>) kustomization.get("resources")) {
            for (String document :
                    Files.readString(K8S.resolve((String) resource)).split("(?m)^---\\s*$")) {
                if (document.lines()
                        .allMatch(line -> line.isBlank() || line.strip().startsWith("#"))) {
                    continue;
                }
                HasMetadata item = SERIALIZATION.unmarshal(document, HasMetadata.class);
                if (!(item instanceof Namespace)) {
                    item.getMetadata().setNamespace(namespace);
                }
                rendered.add(item);
            }
        }
    }

    @Test
    void every_document_is_a_kubernetes_object_in_the_stackup_namespace() {
        assertThat(namespace).isEqualTo("stackup");
        assertThat(rendered).allSatisfy(item -> {
            assertThat(item.getApiVersion()).isNotBlank();
            assertThat(item.getKind()).isNotBlank();
            assertThat(item.getMetadata().getName()).isNotBlank();
        });
        assertThat(rendered)
                .extracting(HasMetadata::getKind)
                .contains(
                        "Namespace",
                        "Deployment",
                        "Service",
                        "Ingress",
                        "PodDisruptionBudget",
                        "HorizontalPodAutoscaler",
                        "Keycloak",
                        "Cluster",
                        "ScheduledBackup");
        assertThat(one(Deployment.class, "stackup-app")).isInstanceOf(Deployment.class);
        assertThat(one(GenericKubernetesResource.class, "stackup-keycloak").getApiVersion())
                .isEqualTo("k8s.keycloak.org/v2alpha1");
        assertThat(one(GenericKubernetesResource.class, "stackup-db").getApiVersion())
                .isEqualTo("postgresql.cnpg.io/v1");
    }

    @Test
    void the_app_runs_at_least_two_instances_with_actuator_probes_and_a_memory_limit() {
        Deployment app = one(Deployment.class, "stackup-app");
        assertThat(app.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(app.getSpec()
                        .getStrategy()
                        .getRollingUpdate()
                        .getMaxUnavailable()
                        .getIntVal())
                .isZero();
        assertThat(app.getSpec().getTemplate().getSpec().getContainers()).allSatisfy(container -> {
            assertThat(path(container.getReadinessProbe())).isEqualTo("/actuator/health/readiness");
            assertThat(path(container.getLivenessProbe())).isEqualTo("/actuator/health/liveness");
            assertThat(container.getResources().getLimits()).containsKey("memory");
            assertThat(container.getImage()).isNotBlank();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation())
                    .isFalse();
        });
        assertThat(app.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot())
                .isTrue();
    }

    @Test
    void disruptions_and_scaling_keep_two_instances_of_the_app() {
        Deployment app = one(Deployment.class, "stackup-app");
        Map<String, String> podLabels =
                app.getSpec().getTemplate().getMetadata().getLabels();

        PodDisruptionBudget budget = one(PodDisruptionBudget.class, "stackup-app");
        assertThat(podLabels)
                .containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
        assertThat(budget.getSpec().getMinAvailable().getIntVal()).isGreaterThanOrEqualTo(1);

        HorizontalPodAutoscaler autoscaler = one(HorizontalPodAutoscaler.class, "stackup-app");
        assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(autoscaler.getSpec().getScaleTargetRef().getName())
                .isEqualTo(app.getMetadata().getName());
        assertThat(autoscaler.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(autoscaler.getSpec().getMaxReplicas())
                .isGreaterThan(autoscaler.getSpec().getMinReplicas());

        Service service = one(Service.class, "stackup-app");
        assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
    }

    @Test
    void the_ingress_is_sticky_by_cookie_and_routes_to_the_apps_service() {
        Ingress ingress = one(Ingress.class, "stackup");
        assertThat(ingress.getMetadata().getAnnotations())
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");
        Service service = one(Service.class, "stackup-app");
        Set<String> ports = service.getSpec().getPorts().stream()
                .map(port -> port.getName())
                .collect(Collectors.toSet());
        assertThat(ingress.getSpec().getRules())
                .anySatisfy(rule -> assertThat(rule.getHttp().getPaths()).anySatisfy(path -> {
                    assertThat(path.getBackend().getService().getName()).isEqualTo("stackup-app");
                    assertThat(ports)
                            .contains(path.getBackend().getService().getPort().getName());
                }));
        assertThat(ingress.getSpec().getTls()).isNotEmpty();
    }

    @Test
    void keycloak_and_postgresql_are_clustered_and_postgresql_is_backed_up() {
        GenericKubernetesResource keycloak = one(GenericKubernetesResource.class, "stackup-keycloak");
        assertThat(((Number) spec(keycloak).get("instances")).intValue()).isGreaterThanOrEqualTo(2);

        GenericKubernetesResource database = one(GenericKubernetesResource.class, "stackup-db");
        assertThat(database.getKind()).isEqualTo("Cluster");
        assertThat(((Number) spec(database).get("instances")).intValue()).isGreaterThanOrEqualTo(3);
        Map<?, ?> objectStore = (Map<?, ?>) ((Map<?, ?>) spec(database).get("backup")).get("barmanObjectStore");
        assertThat(objectStore.get("destinationPath")).asString().startsWith("s3://");

        GenericKubernetesResource nightly = one(GenericKubernetesResource.class, "stackup-db-nightly");
        assertThat(nightly.getKind()).isEqualTo("ScheduledBackup");
        assertThat(((Map<?, ?>) spec(nightly).get("cluster")).get("name")).isEqualTo("stackup-db");
    }

    @Test
    void no_secret_is_written_into_a_manifest() throws IOException {
        assertThat(rendered).noneMatch(item -> item instanceof Secret || "Secret".equals(item.getKind()));
        List<EnvVar> env = containers().stream()
                .flatMap(container -> container.getEnv().stream())
                .toList();
        assertThat(env)
                .filteredOn(variable -> SECRET_NAME.matcher(variable.getName()).matches())
                .isNotEmpty()
                .allSatisfy(variable -> {
                    assertThat(variable.getValue()).as(variable.getName()).isNull();
                    assertThat(variable.getValueFrom().getSecretKeyRef())
                            .as(variable.getName())
                            .isNotNull();
                });
        String readme = Files.readString(K8S.resolve("README.md"));
        assertThat(env)
                .filteredOn(variable -> variable.getValueFrom() != null
                        && variable.getValueFrom().getSecretKeyRef() != null)
                .allSatisfy(variable -> assertThat(readme)
                        .as("README.md lists the secret "
                                + variable.getValueFrom().getSecretKeyRef().getName())
                        .contains(variable.getValueFrom().getSecretKeyRef().getName()));
    }

    @Test
    void the_apps_settings_are_ones_the_application_reads() throws IOException {
        String properties = Files.readString(Path.of("../platform-ui/src/main/resources/application.properties"));
        Set<String> read = new HashSet<>();
        Matcher placeholder = Pattern.compile("\\$\\{([A-Z_]+)").matcher(properties);
        while (placeholder.find()) {
            read.add(placeholder.group(1));
        }
        assertThat(containers().stream().flatMap(container -> container.getEnv().stream()))
                .extracting(EnvVar::getName)
                .filteredOn(name -> name.startsWith("STACKUP_") || name.startsWith("KC_"))
                .isNotEmpty()
                .allSatisfy(name ->
                        assertThat(read).as(name + " in application.properties").contains(name));
    }

    private static List<Container> containers() {
        return rendered.stream()
                .filter(Deployment.class::isInstance)
                .map(Deployment.class::cast)
                .flatMap(deployment -> deployment.getSpec().getTemplate().getSpec().getContainers().stream())
                .toList();
    }

    private static String path(Probe probe) {
        assertThat(probe).isNotNull();
        return probe.getHttpGet().getPath();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource resource) {
        return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
    }

    private static <T extends HasMetadata> T one(Class<T> type, String name) {
        List<T> found = rendered.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(item -> name.equals(item.getMetadata().getName()))
                .toList();
        assertThat(found).as("%s %s", type.getSimpleName(), name).hasSize(1);
        assertThat(found.getFirst().getMetadata().getNamespace()).isEqualTo(namespace);
        return found.getFirst();
    }
}
