package vn.motcua.engine.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class AttachmentServiceIntegrationTests {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired
    AttachmentService attachments;
    @Autowired
    vn.motcua.engine.DataDirectory data;

    @Test
    void storedFilesAreReadableByTheServiceAccountAlone() throws Exception {
        Attachment pdf = attachments.store("001092100001", "giay-to.pdf", PDF);
        java.nio.file.Path file = data.resolve("attachments").resolve(pdf.id());
        assertThat(file).exists();
        assertThat(vn.motcua.engine.OwnerOnlyFiles.isOwnerOnly(file)).isTrue();
        assertThat(vn.motcua.engine.OwnerOnlyFiles.isOwnerOnly(file.getParent())).isTrue();
    }

    @Test
    void typesAreDecidedByContentNotByName() {
        Attachment pdf = attachments.store("001092100001", "Giấy chứng sinh.exe", PDF);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.sizeBytes()).isEqualTo(PDF.length);
        assertThat(pdf.sha256()).hasSize(64);
        assertThat(attachments.store("001092100001", "anh.pdf", PNG).contentType()).isEqualTo("image/png");
        assertThatThrownBy(() -> attachments.store("001092100001", "virus.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(RejectedAttachmentException.class).hasMessageContaining("PDF, JPEG");
        assertThatThrownBy(() -> attachments.store("001092100001", "empty.pdf", new byte[0]))
                .isInstanceOf(RejectedAttachmentException.class);
    }

    @Test
    void namesAreSanitised() {
        assertThat(AttachmentService.safeName("../../etc/Giấy chứng sinh (bản chính).pdf")).isEqualTo("Giay_chung_sinh_ban_chinh_.pdf");
        assertThat(AttachmentService.safeName("C:\\Users\\an\\Đơn.pdf")).isEqualTo("Don.pdf");
        assertThat(AttachmentService.safeName("...")).isEqualTo("tep");
        assertThat(AttachmentService.safeName("giay\u0000to.pdf")).isEqualTo("giay_to.pdf");
        assertThat(AttachmentService.safeName("thu-muc/")).isEqualTo("tep");
    }

    @Test
    void tooLargeFilesAndOthersAttachmentsAreRefused() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> attachments.store("001092100001", "big.pdf", big))
                .isInstanceOf(RejectedAttachmentException.class).hasMessageContaining("10 MB");
        Attachment mine = attachments.store("001092100001", "a.pdf", PDF);
        attachments.checkForDossier("001092100001", List.of(mine.id()));
        assertThatThrownBy(() -> attachments.checkForDossier("001194100002", List.of(mine.id())))
                .isInstanceOf(RejectedAttachmentException.class);
        assertThat(attachments.ownedBy("001194100002", List.of(mine.id()))).isEmpty();
    }
}
