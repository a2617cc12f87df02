package vn.motcua.ui.api;

import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.engine.document.DocumentService;
import vn.motcua.engine.document.Verification;

/**
 * Public document endpoints, no login: {@code POST /api/v1/documents/verify} answers whether an
 * uploaded PDF is genuine; {@code GET /tai-lieu/{id}?h=<check code>} returns the signed original to
 * whoever holds both its id and its check code (printed on it as the QR code).
 */
@RestController
class DocumentApiController {

    private final DocumentService documents;

    DocumentApiController(DocumentService documents) {
        this.documents = documents;
    }

    @PostMapping(path = "/api/v1/documents/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Verification verify(@RequestPart("file") MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidParametersException(Map.of("file", "Chưa có tệp PDF / no PDF file"));
        }
        return documents.verify(file.getBytes());
    }

    @GetMapping("/tai-lieu/{id}")
    ResponseEntity<byte[]> original(@PathVariable String id, @RequestParam("h") String checkCode) {
        byte[] pdf = documents.contentWithProof(id, checkCode).orElseThrow(() -> new NotFoundException("Không có văn bản " + id + " với mã kiểm tra này"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + id + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(pdf);
    }
}
