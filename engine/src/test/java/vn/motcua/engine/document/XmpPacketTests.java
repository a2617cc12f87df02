package vn.motcua.engine.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.ZonedDateTime;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

/** The XMP packet filled in from its template reads back as xmpbox would have written it. */
class XmpPacketTests {

    @Test
    void titleCreatorAndDateReadBackExactlyEvenWithMarkupCharacters() throws Exception {
        ZonedDateTime created = ZonedDateTime.parse("2026-11-29T14:05:06.789+07:00[Asia/Ho_Chi_Minh]");
        String title = "Giấy tiếp nhận hồ sơ & hẹn trả kết quả <Mẫu 01> \"trực tuyến\" 'A'";
        String creator = "UBND phường Bến Thành & Công an";

        XMPMetadata xmp = new DomXmpParser().parse(new ByteArrayInputStream(XmpPacket.of(title, creator, created)));

        assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(title);
        assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly(creator);
        assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(created.withNano(0).toInstant());
        assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
        assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
        assertThat(xmp.getAdobePDFSchema().getProducer()).isEqualTo("MotCua");
    }
}
