package vn.motcua.engine.document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;
import javax.xml.transform.TransformerException;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The XMP metadata packet of an issued document (PDF/A-2b identification, Dublin Core title and
 * creator, creation date, producer). It is serialised by xmpbox once, with placeholders, and only
 * the three values are put in for each document: building and serialising the XMP DOM for every
 * receipt cost more than laying out its text.
 */
final class XmpPacket {

    private static final String TITLE = "MOTCUA-XMP-TITLE";
    private static final String CREATOR = "MOTCUA-XMP-CREATOR";
    private static final String DATE = "2000-01-01T00:00:00+00:00";
    /** The XMP date form: seconds and the zone offset, as PDF/A wants it equal to the Info dictionary's. */
    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final String TEMPLATE = template();

    private XmpPacket() {
    }

    static byte[] of(String title, String creator, ZonedDateTime created) {
        String date = XMP_DATE.format(created.truncatedTo(ChronoUnit.SECONDS));
        return TEMPLATE.replace(TITLE, xmlText(title)).replace(CREATOR, xmlText(creator)).replace(DATE, date)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String template() {
        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
            pdfa.setPart(2);
            pdfa.setConformance("B");
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(TITLE);
            dc.addCreator(CREATOR);
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreateDate(GregorianCalendar.from(ZonedDateTime.parse(DATE)));
            basic.setCreatorTool("MotCua");
            xmp.createAndAddAdobePDFSchema().setProducer("MotCua");
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, xml, true);
            String text = xml.toString(StandardCharsets.UTF_8);
            for (String slot : new String[] {TITLE, CREATOR, DATE}) {
                if (text.indexOf(slot) < 0 || text.indexOf(slot) != text.lastIndexOf(slot)) {
                    throw new IllegalStateException("XMP template without exactly one " + slot + ": " + text);
                }
            }
            return text;
        } catch (BadFieldValueException | TransformerException e) {
            throw new IllegalStateException("Cannot build the XMP template", e);
        }
    }

    /** Escapes text for XML element content and attribute values. */
    private static String xmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
