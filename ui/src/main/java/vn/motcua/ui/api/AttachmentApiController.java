package vn.motcua.ui.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.engine.attachment.Attachment;
import vn.motcua.engine.attachment.AttachmentService;
import vn.motcua.engine.attachment.RejectedAttachmentException;

/**
 * Uploads for the dossier API, with the wizard's checks (type by content, size limits): the
 * returned id goes into a file field of the form data, and only its uploader can use it.
 */
@RestController
@SecurityRequirement(name = "vneid")
class AttachmentApiController {

    record AttachmentResponse(String id, String fileName, String contentType, int sizeBytes, String sha256) {
        static AttachmentResponse of(Attachment a) {
            return new AttachmentResponse(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.sha256());
        }
    }

    private final AttachmentService attachments;

    AttachmentApiController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @Operation(summary = "Upload a document (PDF, JPEG or PNG) to attach to a dossier")
    @PostMapping(path = "/api/v1/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentResponse> upload(@AuthenticationPrincipal Jwt token, @RequestPart("file") MultipartFile file)
            throws IOException {
        try {
            Attachment stored = attachments.store(token.getClaimAsString("SoDinhDanh"), file.getOriginalFilename(),
                    file.getBytes());
            return ResponseEntity.created(URI.create("/api/v1/attachments/" + stored.id())).body(AttachmentResponse.of(stored));
        } catch (RejectedAttachmentException e) {
            throw new InvalidParametersException(Map.of("file", e.getMessage()));
        }
    }
}
