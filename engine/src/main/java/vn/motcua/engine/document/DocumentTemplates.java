package vn.motcua.engine.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.engine.document.AdministrativeDocument.Block;
import vn.motcua.engine.document.AdministrativeDocument.Fact;
import vn.motcua.engine.document.AdministrativeDocument.Text;

/** The wording of each document type around the dossier's facts. */
final class DocumentTemplates {

    private DocumentTemplates() {
    }

    static AdministrativeDocument build(IssueRequest r, IssuingAgency agency, int number, LocalDate date,
                                        String signerName) {
        String numberSymbol = "Số: " + number + "/" + r.type().symbol() + "-" + agency.abbreviation();
        List<Block> body = new ArrayList<>();
        String summary = null;
        String applicant = r.applicantName() == null ? "" : r.applicantName();
        switch (r.type()) {
            case RECEIPT -> {
                body.add(new Text(agency.name() + " đã tiếp nhận hồ sơ của ông/bà " + applicant + "."));
                body.add(new Fact("Mã hồ sơ", r.dossierCode()));
                body.add(new Fact("Thủ tục", r.procedureTitle()));
            }
            case SUPPLEMENT_REQUEST -> {
                body.add(new Text(agency.name() + " đề nghị ông/bà " + applicant + " bổ sung, hoàn thiện hồ sơ "
                        + r.dossierCode() + " (" + r.procedureTitle() + ") với nội dung sau. Hồ sơ chỉ được yêu cầu bổ sung một lần."));
            }
            case REFUSAL -> {
                body.add(new Text(agency.name() + " từ chối tiếp nhận, giải quyết hồ sơ " + r.dossierCode() + " ("
                        + r.procedureTitle() + ") của ông/bà " + applicant + "."));
                body.add(new Fact("Lý do", r.reason() == null ? "" : r.reason()));
            }
            case APOLOGY -> {
                body.add(new Text(agency.name() + " xin lỗi ông/bà " + applicant + " vì hồ sơ " + r.dossierCode()
                        + " (" + r.procedureTitle() + ") chưa được giải quyết đúng hạn."));
                body.add(new Fact("Lý do", r.reason() == null ? "" : r.reason()));
            }
            case DECISION -> {
                summary = "Về việc giải quyết thủ tục " + r.procedureTitle();
                body.add(new Text("Xét hồ sơ " + r.dossierCode() + " của ông/bà " + applicant
                        + ", đã được thẩm định theo đúng quy định, " + agency.name() + " quyết định:"));
                body.add(new Text("Điều 1. Chấp thuận đề nghị của ông/bà " + applicant + " về việc "
                        + lowerFirst(r.procedureTitle()) + (r.facts().isEmpty() ? "." : ", với nội dung sau:")));
                // what was decided belongs to Article 1, before the decision's entry into force
                r.facts().forEach((label, value) -> body.add(new Fact(label, value)));
                body.add(new Text("Điều 2. Quyết định này có hiệu lực kể từ ngày ký."));
            }
            case BIRTH_EXTRACT, RESIDENCE_NOTICE, MARRIAGE_EXTRACT, PASSPORT_APPOINTMENT, DEATH_EXTRACT,
                 MARITAL_STATUS_CERTIFICATE, CRIMINAL_RECORD_EXTRACT, HOUSEHOLD_BUSINESS_CERTIFICATE, TEMPORARY_ABSENCE_NOTICE,
                 PARENT_CHILD_EXTRACT, CIVIL_STATUS_CHANGE_EXTRACT, BUILDING_PERMIT, COLLECTION_NOTICE -> {
                body.add(new Fact("Mã hồ sơ", r.dossierCode()));
                body.add(new Fact("Người yêu cầu", applicant));
            }
        }
        if (r.type() != DocumentType.DECISION) {
            for (Map.Entry<String, String> fact : r.facts().entrySet()) {
                body.add(new Fact(fact.getKey(), fact.getValue()));
            }
        }
        List<String> recipients = List.of("Ông/bà " + applicant + " (qua Cổng dịch vụ công)", "Lưu: VT, hồ sơ " + r.dossierCode() + ".");
        return new AdministrativeDocument(agency.parent(), agency.name(), numberSymbol, agency.place(), date,
                r.type().title(), summary, body, agency.authority(), agency.position(), signerName, recipients);
    }

    private static String lowerFirst(String text) {
        return text == null || text.isEmpty() ? "" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
