package vn.motcua.engine.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.catalogue.CatalogueEntry.RequiredDocument;
import vn.motcua.workflows.catalogue.DocumentNeed;
import vn.motcua.workflows.onestop.OneStopModel;

/**
 * The form of a procedure without a hand-written declaration, generated from its catalogue entry:
 * the request in the citizen's words (required); the documents, required where the catalogue does
 * not make them conditional, with their number of originals and copies; those of a case only some
 * dossiers are in ("Trường hợp …") behind a "this is my case" tick; and those whose information the
 * state already holds (or the online form itself collects) shown as not needed instead of asked for.
 */
final class CatalogueForm {

    static final String REQUEST = "noiDungDeNghi";
    static final String CASE = "truongHop";
    private static final int MAX_LABEL = 160;

    private final ObjectMapper json;

    CatalogueForm(ObjectMapper json) {
        this.json = json;
    }

    String json(CatalogueEntry entry) {
        ObjectNode root = json.createObjectNode().put("id", OneStopModel.formId(entry.code())).put("type", "default");
        ArrayNode components = root.putArray("components");
        components.addObject().put("type", "textarea").put("key", REQUEST).put("label", "Nội dung đề nghị")
                .putObject("validate").put("required", true).put("minLength", 10).put("maxLength", 2000);
        int n = 0;
        int notNeeded = 0;
        Map<String, String> cases = new LinkedHashMap<>();
        for (RequiredDocument document : entry.documents()) {
            if (document.originals() + document.copies() == 0) {
                continue; // a note or an example the portal printed in the table, not a document
            }
            String caseKey = null;
            if (document.group() != null && isCase(document.group())) {
                caseKey = cases.get(document.group());
                if (caseKey == null) {
                    // a case some dossiers are in ("Trường hợp ủy quyền …"): its documents show when the citizen says so
                    caseKey = CASE + (cases.size() + 1);
                    cases.put(document.group(), caseKey);
                    ObjectNode choice = components.addObject().put("type", "checkbox").put("key", caseKey)
                            .put("label", caseQuestion(caseLabel(document.group())));
                    choice.putObject("properties").put("step", "documents");
                }
            }
            ObjectNode component;
            switch (document.need()) {
                case HELD_BY_STATE, DECLARED_ONLINE -> {
                    component = components.addObject().put("type", "text").put("key", "khongCanNop" + (++notNeeded))
                            .put("text", "✓ " + label(document) + " — " + (document.need() == DocumentNeed.HELD_BY_STATE
                                    ? "đã có trong Cơ sở dữ liệu, không cần nộp." : "khai trên biểu mẫu này, không nộp riêng."));
                    component.putObject("properties").put("step", "documents");
                }
                default -> {
                    component = components.addObject().put("type", "filepicker").put("key", "giayTo" + (++n))
                            .put("label", label(document) + " (" + count(document) + ")").put("multiple", true);
                    if (document.need() == DocumentNeed.REQUIRED) {
                        component.putObject("validate").put("required", true);
                    }
                }
            }
            if (caseKey != null) {
                component.putObject("conditional").put("hide", "=" + caseKey + " != \"true\"");
            }
        }
        components.addObject().put("type", "textfield").put("key", "soDienThoai").put("label", "Số điện thoại liên hệ")
                .putObject("validate").put("required", true).put("validationType", "phone");
        // where the notifications go by e-mail too (the portal always shows them)
        components.addObject().put("type", "textfield").put("key", "email")
                .put("label", "Thư điện tử nhận thông báo (không bắt buộc)")
                .putObject("validate").put("validationType", "email");
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A generated form is not serialisable", e);
        }
    }

    /**
     * Whether a heading of the catalogue's document table names a case only some dossiers are in
     * ("Trường hợp ủy quyền …", "(1.2) Đối với công trình theo tuyến:") rather than a part every
     * dossier has ("Giấy tờ phải nộp:", "Hồ sơ của người nhận con nuôi").
     */
    static boolean isCase(String heading) {
        return CASE_HEADING.matcher(heading.strip().toLowerCase(Locale.ROOT)).matches();
    }

    private static final Pattern CASE_HEADING = Pattern.compile(
            "^[-+*•\\s]*(\\([^)]{1,6}\\)\\s*)?(trường hợp|đối với|nếu|khi)\\b.*", Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);

    /** "* Đăng ký tạm trú theo danh sách, hồ sơ gồm:" reads as "Đăng ký tạm trú theo danh sách". */
    static String caseLabel(String heading) {
        String label = heading.strip().replaceFirst("^[-+*•\\s]+", "")
                .replaceFirst("(?i)[,;]?\\s*(thành phần )?hồ sơ (bao )?gồm( có)?\\s*:?\\s*$", "")
                .replaceFirst("[\\s:;,.]+$", "").strip();
        return shortened(label.isEmpty() ? heading.strip() : label);
    }

    /** "Trường hợp ủy quyền …" asks "Hồ sơ thuộc trường hợp ủy quyền …". */
    private static String caseQuestion(String label) {
        return label.regionMatches(true, 0, "Trường hợp ", 0, 11) ? "Hồ sơ thuộc trường hợp " + label.substring(11)
                : "Hồ sơ thuộc trường hợp: " + label;
    }

    private static String label(RequiredDocument document) {
        return shortened(document.title().replaceAll("\\s+", " ").replaceFirst("^[-+*•\\s]+", ""));
    }

    private static String count(RequiredDocument d) {
        List<String> parts = new ArrayList<>();
        if (d.originals() > 0) {
            parts.add(d.originals() + " bản chính");
        }
        if (d.copies() > 0) {
            parts.add(d.copies() + " bản sao");
        }
        return String.join(", ", parts);
    }

    private static String shortened(String text) {
        return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1).strip() + "…";
    }
}
