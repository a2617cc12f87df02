package vn.motcua.ui.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.engine.attachment.AttachmentService;
import vn.motcua.engine.attachment.RejectedAttachmentException;
import vn.motcua.engine.dossier.Applicant;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.DossierService;
import vn.motcua.engine.dossier.InvalidDossierException;
import vn.motcua.engine.dossier.SubmitDossier;
import vn.motcua.engine.registry.RegistryField;
import vn.motcua.engine.registry.RegistryReader;
import vn.motcua.engine.registry.ResidentsDatabase;

/**
 * The dossier API for citizens' own apps: bearer access tokens from the VNeID provider. The caller
 * is the token's {@code SoDinhDanh}; their name and residence come from the residents database
 * (a logged read). Another citizen's dossier answers 404, like one that does not exist.
 */
@RestController
@RequestMapping("/api/v1/dossiers")
@SecurityRequirement(name = "vneid")
class DossierApiController {

    private final DossierService dossiers;
    private final ResidentsDatabase registry;
    private final AttachmentService attachments;

    DossierApiController(DossierService dossiers, ResidentsDatabase registry, AttachmentService attachments) {
        this.dossiers = dossiers;
        this.registry = registry;
        this.attachments = attachments;
    }

    /**
     * Body of {@code POST /api/v1/dossiers}; {@code paymentId}: a paid fee order of the caller for this
     * procedure (without it a fee-bearing dossier waits for the payment).
     */
    record SubmitRequest(String procedureCode, String channel, Map<String, Object> formData, List<String> attachmentIds,
                         String paymentId) {
    }

    record DossierResponse(String code, String procedureCode, String unitCode, String channel, Instant submittedAt,
                           String state, List<String> currentSteps, Instant dueAt) {
        static DossierResponse of(vn.motcua.engine.dossier.DossierOverview o) {
            Dossier d = o.dossier();
            return new DossierResponse(d.code(), d.procedureCode(), d.unitCode(), d.channel(), d.submittedAt(),
                    o.status().name(), o.currentSteps(), o.dueAt());
        }
    }

    @Operation(summary = "File a dossier", description = "Idempotency-Key: the same key returns the same dossier")
    @PostMapping
    ResponseEntity<DossierResponse> submit(@AuthenticationPrincipal Jwt token,
                                           @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                           @RequestBody(required = false) SubmitRequest body) {
        if (body == null) {
            throw new InvalidParametersException(Map.of("body", "Thiếu nội dung JSON / JSON body required"));
        }
        String idNumber = token.getClaimAsString("SoDinhDanh");
        checkAttachments(idNumber, body.attachmentIds());
        var resident = registry.findByIdNumber(idNumber, EnumSet.of(RegistryField.FULL_NAME, RegistryField.PERMANENT_ADDRESS),
                new RegistryReader(idNumber, idNumber, "Nộp hồ sơ qua API: thông tin người nộp", null))
                .orElseThrow(() -> new InvalidParametersException(Map.of("applicant",
                        vn.motcua.engine.Messages.text("applicant.not-in-registry"))));
        Applicant applicant = Applicant.of(resident);
        try {
            Dossier dossier = dossiers.submit(applicant, level(token), new SubmitDossier(body.procedureCode(),
                    body.channel(), body.formData(), key, body.paymentId()));
            return ResponseEntity.created(URI.create("/api/v1/dossiers/" + dossier.code()))
                    .body(DossierResponse.of(dossiers.overview(dossier)));
        } catch (InvalidDossierException e) {
            throw new InvalidParametersException(e.fieldErrors());
        }
    }

    @Operation(summary = "One of the caller's dossiers")
    @GetMapping("/{code}")
    DossierResponse one(@AuthenticationPrincipal Jwt token, @PathVariable String code) {
        Dossier d = dossiers.findForApplicant(code, token.getClaimAsString("SoDinhDanh"))
                .orElseThrow(() -> new NotFoundException("Không có hồ sơ " + code));
        return DossierResponse.of(dossiers.overview(d));
    }

    @Operation(summary = "The caller's dossiers (mine=true)")
    @GetMapping
    List<DossierResponse> mine(@AuthenticationPrincipal Jwt token, @RequestParam(defaultValue = "true") boolean mine) {
        if (!mine) {
            throw new InvalidParametersException(Map.of("mine", vn.motcua.engine.Messages.text("api.mine-only")));
        }
        return dossiers.overviewsForApplicant(token.getClaimAsString("SoDinhDanh")).stream()
                .map(DossierResponse::of).toList();
    }

    /** Every id must name one of the caller's own uploads: unknown, foreign or path-like ids are refused. */
    private void checkAttachments(String idNumber, List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        if (!ids.stream().allMatch(vn.motcua.forms.schema.UploadIds::isUploadId)) {
            throw new InvalidParametersException(Map.of("attachmentIds", vn.motcua.engine.Messages.text("api.not-an-upload")));
        }
        try {
            attachments.checkForDossier(idNumber, ids);
        } catch (RejectedAttachmentException e) {
            throw new InvalidParametersException(Map.of("attachmentIds", e.getMessage()));
        }
    }

    private static int level(Jwt token) {
        String level = token.getClaimAsString("LoaiTaiKhoan");
        return level != null && level.strip().endsWith("2") ? 2 : 1;
    }
}
