package vn.motcua.engine.workflow;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.flagship.ProcedureModels;

/**
 * Deploys one process definition per catalogue procedure at startup, after the catalogue is loaded:
 * the hand-modelled flagship file where there is one, the generated one-stop model otherwise.
 * A version key (catalogue content + generator version) kept as a resource of the deployment lets
 * an unchanged restart skip generation entirely; otherwise Camunda's duplicate filtering with
 * {@code deployChangedOnly} deploys just the models that changed, and its deployment lock
 * serialises nodes that start together, so they do not deploy the same model twice. Procedures
 * whose model was edited and published in the policy studio are left out. A model whose
 * steps read a variable its form does not supply is refused ({@link ProcessInputs}).
 */
@Component
@DependsOn("catalogueLoader")
class ProcedureModelDeployer implements InitializingBean {

    static final String DEPLOYMENT_NAME = "motcua-procedures";
    static final String VERSION_RESOURCE = "motcua/models.version";
    private static final Logger log = LoggerFactory.getLogger(ProcedureModelDeployer.class);

    private final ProcedureCatalogue catalogue;
    private final RepositoryService repository;
    private final vn.motcua.engine.forms.ProcedureForms forms;
    private final vn.motcua.engine.models.PublishedModels published;
    private final ProcessDefinitionKeyIndex keyIndex;

    ProcedureModelDeployer(ProcedureCatalogue catalogue, RepositoryService repository,
                           vn.motcua.engine.forms.ProcedureForms forms, vn.motcua.engine.models.PublishedModels published,
                           ProcessDefinitionKeyIndex keyIndex) {
        this.forms = forms;
        this.keyIndex = keyIndex;
        this.published = published;
        this.catalogue = catalogue;
        this.repository = repository;
    }

    @Override
    public void afterPropertiesSet() {
        deploy();
    }

    /** @return how many process definitions this call deployed (0 when nothing changed) */
    int deploy() {
        return deploy(catalogue.contentHash() + ":" + ProcedureModels.version() + ":" + forms.version());
    }

    int deploy(String version) {
        return deploy(version, ProcedureModels::xml);
    }

    int deploy(String version, java.util.function.Function<CatalogueEntry, String> models) {
        long start = System.nanoTime();
        if (deployedVersion().filter(version::equals).isPresent()) {
            log.info("Procedure models unchanged ({} ms)", (System.nanoTime() - start) / 1_000_000);
            return 0;
        }
        // a model published from the policy studio is never replaced by the generated or flagship one
        java.util.Set<String> edited = published.editedProcedures();
        List<CatalogueEntry> entries = catalogue.allEntries().stream().filter(e -> !edited.contains(e.code())).toList();
        // model and form of each procedure made and checked against each other on all cores: the
        // form files are read once, and the check needs no published version (edited ones are skipped)
        List<Generated> made = entries.parallelStream().map(e -> Generated.of(e, models, forms)).toList();
        List<String> broken = made.stream().flatMap(g -> g.problems().stream()).toList();
        if (!broken.isEmpty()) {
            throw new IllegalStateException("Procedure models not deployed: " + String.join("; ", broken));
        }
        DeploymentBuilder deployment = repository.createDeployment()
                .name(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(true)
                .addString(VERSION_RESOURCE, version);
        for (Generated g : made) {
            deployment.addString(vn.motcua.workflows.onestop.OneStopModel.modelResource(g.code()), g.xml());
            // the form the start event references (formRefBinding "deployment"): in the same deployment
            deployment.addString(vn.motcua.workflows.onestop.OneStopModel.formResource(g.code()), g.formJson());
        }
        long generated = System.nanoTime();
        DeploymentWithDefinitions result = deployment.deployWithResult();
        int deployed = result.getDeployedProcessDefinitions() == null ? 0 : result.getDeployedProcessDefinitions().size();
        log.info("Procedure models: {} generated in {} ms; {} new or changed deployed in {} ms",
                entries.size(), (generated - start) / 1_000_000, deployed, (System.nanoTime() - generated) / 1_000_000);
        releaseParsedModels();
        if (deployed > 0) {
            keyIndex.definitionsDeployed();
        }
        return deployed;
    }

    /**
     * Deploying leaves every parsed definition and form in Camunda's deployment cache — about 400 MB
     * for 1,084 procedures, most of which no dossier will need soon. The engine parses a definition
     * again from the database the first time it is used, as after a restart.
     */
    private void releaseParsedModels() {
        if (repository instanceof org.camunda.bpm.engine.impl.ServiceImpl service) {
            service.getCommandExecutor().execute(context -> {
                var cache = context.getProcessEngineConfiguration().getDeploymentCache();
                cache.discardProcessDefinitionCache();
                cache.discardCamundaFormDefinitionCache();
                return null;
            });
        }
    }

    /** One procedure's generated model, its shipped form, and what the model reads that the form does not supply. */
    private record Generated(String code, String xml, String formJson, List<String> problems) {

        static Generated of(CatalogueEntry entry, java.util.function.Function<CatalogueEntry, String> models,
                            vn.motcua.engine.forms.ProcedureForms forms) {
            String xml = models.apply(entry);
            String form = forms.shippedFormJson(entry);
            try {
                return new Generated(entry.code(), xml, form,
                        ProcessInputs.missing(entry.code(), xml, vn.motcua.forms.schema.FormSchema.read(form)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot read the shipped form of " + entry.code(), e);
            }
        }
    }

    /** The version key the last deployment of the procedure models carries, if any. */
    private Optional<String> deployedVersion() {
        for (Deployment d : repository.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME)
                .orderByDeploymentTime().desc().listPage(0, 20)) {
            if (repository.getDeploymentResourceNames(d.getId()).contains(VERSION_RESOURCE)) {
                try (var in = repository.getResourceAsStream(d.getId(), VERSION_RESOURCE)) {
                    return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return Optional.empty();
    }

}
