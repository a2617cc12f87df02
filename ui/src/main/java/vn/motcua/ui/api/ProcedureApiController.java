package vn.motcua.ui.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.engine.catalogue.ProcedurePage;
import vn.motcua.engine.catalogue.ProcedureQuery;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.catalogue.Level;
import vn.motcua.workflows.catalogue.OnlineLevel;

/** The public procedure catalogue as JSON; no login. */
@RestController
@RequestMapping("/api/v1/procedures")
@Tag(name = "Procedures", description = "The catalogue of administrative procedures (thủ tục hành chính)")
class ProcedureApiController {

    private final ProcedureCatalogue catalogue;
    private final vn.motcua.engine.studio.PolicyStudio studio;

    ProcedureApiController(ProcedureCatalogue catalogue, vn.motcua.engine.studio.PolicyStudio studio) {
        this.catalogue = catalogue;
        this.studio = studio;
    }

    /** The live model as BPMN XML, its version in a header (opens in bpmn.io or Camunda Modeler). */
    @GetMapping(value = "/{code}/model", produces = "application/xml")
    @Operation(summary = "The live BPMN model of a procedure",
            description = "BPMN 2.0 XML executable by Camunda 7; the version is in the header X-Model-Version.")
    ResponseEntity<String> model(@PathVariable String code) {
        requireProcedure(code);
        var live = studio.liveModel(code);
        return ResponseEntity.ok().header("X-Model-Version", String.valueOf(live.version()))
                .header("Content-Disposition", "inline; filename=\"tthc_" + code + "_v" + live.version() + ".bpmn\"")
                .contentType(org.springframework.http.MediaType.APPLICATION_XML).body(live.bpmnXml());
    }

    /** One line per deployed version: where it came from, when, why. */
    public record PublicModelVersion(int version, String origin, java.time.LocalDateTime publishedAt, String changeNote) {
    }

    @GetMapping("/{code}/model/versions")
    @Operation(summary = "Every version of a procedure's model",
            description = "origin: GENERATED (from the catalogue), FLAGSHIP (hand-maintained) or STUDIO (edited by policy staff)")
    java.util.List<PublicModelVersion> modelVersions(@PathVariable String code) {
        requireProcedure(code);
        return studio.publicVersions(code).stream()
                .map(v -> new PublicModelVersion(v.version(), v.origin().name(), v.publishedAt(), v.changeNote())).toList();
    }

    private void requireProcedure(String code) {
        if (catalogue.find(code).isEmpty()) {
            throw new NotFoundException("No procedure with code " + code);
        }
    }

    @GetMapping
    @Operation(summary = "Search procedures",
            description = "Free text is matched without diacritics and in any word order; filters combine with AND.")
    ProcedurePage search(
            @Parameter(description = "free text, e.g. 'dang ky khai sinh' or a code '1.001193'")
            @RequestParam(required = false) String q,
            @Parameter(description = "sector (lĩnh vực), exactly as listed") @RequestParam(required = false) String sector,
            @Parameter(description = "MINISTRY, PROVINCE, COMMUNE or OTHER") @RequestParam(required = false) String level,
            @Parameter(description = "competent or implementing agency, exactly") @RequestParam(required = false) String agency,
            @Parameter(description = "FULL or PARTIAL (Decree 42/2022)") @RequestParam(required = false) String online,
            @Parameter(description = "true: with a fee; false: free") @RequestParam(required = false) String paid,
            @Parameter(description = "page number from 0") @RequestParam(defaultValue = "0") String page,
            @Parameter(description = "page size, 1 to 100") @RequestParam(defaultValue = "20") String size) {
        QueryParameters parameters = new QueryParameters();
        Level levelValue = parameters.enumValue("level", level, Level.class);
        OnlineLevel onlineValue = parameters.enumValue("online", online, OnlineLevel.class);
        Boolean paidValue = parameters.booleanValue("paid", paid);
        int pageValue = parameters.intValue("page", page, 0, 10_000);
        int sizeValue = parameters.intValue("size", size, 1, ProcedureQuery.MAX_SIZE);
        parameters.throwIfInvalid();
        return catalogue.search(new ProcedureQuery(q, blankToNull(sector), levelValue, blankToNull(agency),
                onlineValue, paidValue, pageValue, sizeValue));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One procedure with its channels, documents, legal basis and results")
    ResponseEntity<CatalogueEntry> procedure(@PathVariable String code) {
        return catalogue.find(code).map(ResponseEntity::ok)
                .orElseThrow(() -> new NotFoundException("No procedure with code " + code));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
