package vn.motcua.ui.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.engine.staff.StaffRole;
import vn.motcua.workflows.onestop.OneStopModel;

/**
 * MotCua's building blocks as Camunda 7 element templates: what policy staff put into a model
 * instead of typing Java class names or expressions. Each block fixes its delegate (or its queue);
 * a human step's group is picked from a list of the unit's steps and the coordinating agencies.
 */
final class BuildingBlocks {

    /** A block: template id, Vietnamese name, the BPMN type, and the fixed camunda properties. */
    record Block(String id, String name, String type, String delegate, String group) {
    }

    static final List<Block> BLOCKS = List.of(
            new Block("motcua.consultation", "Xin ý kiến cơ quan phối hợp", "bpmn:UserTask", null, null),
            new Block("motcua.reception", "Tiếp nhận, kiểm tra hồ sơ", "bpmn:UserTask", null,
                    OneStopModel.candidateGroup(OneStopModel.STEP_RECEPTION)),
            new Block("motcua.processing", "Thẩm định, xử lý", "bpmn:UserTask", null,
                    OneStopModel.candidateGroup(OneStopModel.STEP_PROCESSING)),
            new Block("motcua.approval", "Phê duyệt, ký", "bpmn:UserTask", null,
                    OneStopModel.candidateGroup(OneStopModel.STEP_APPROVAL)),
            new Block("motcua.issueResult", "Ban hành kết quả có ký số", "bpmn:ServiceTask", "${issueResult}", null),
            new Block("motcua.notify", "Thông báo, trả kết quả", "bpmn:ServiceTask", "${notifyCitizen}", null),
            new Block("motcua.refusal", "Thông báo từ chối (Mẫu 03)", "bpmn:ServiceTask", "${refusalNotice}", null),
            new Block("motcua.supplement", "Yêu cầu bổ sung (Mẫu 02), dừng đồng hồ", "bpmn:ServiceTask",
                    "${supplementRequest}", null));

    private static final ObjectMapper JSON = new ObjectMapper();

    private BuildingBlocks() {
    }

    /** The groups a human step can be given: the unit's steps, then each coordinating agency. */
    static List<Group> groups(StaffDirectory directory, java.util.function.Function<String, String> translate) {
        List<Group> groups = new java.util.ArrayList<>();
        for (String step : OneStopModel.UNIT_STEPS) {
            groups.add(new Group(OneStopModel.candidateGroup(step), translate.apply("studio.step." + step)));
        }
        for (StaffDirectory.Unit unit : directory.unitsWithRole(StaffRole.CONSULTATION)) {
            groups.add(new Group("agency:" + unit.code() + ":" + OneStopModel.STEP_CONSULTATION,
                    translate.apply("studio.agency") + ": " + unit.name()));
        }
        return groups;
    }

    record Group(String value, String label) {
    }

    /** The element templates (JSON) the modeler offers. */
    static String templates(List<Group> groups) {
        ArrayNode all = JSON.createArrayNode();
        for (Block block : BLOCKS) {
            ObjectNode template = all.addObject().put("name", block.name()).put("id", block.id()).put("version", 1);
            template.putArray("appliesTo").add(block.type());
            ArrayNode properties = template.putArray("properties");
            ObjectNode name = properties.addObject().put("label", "Tên bước").put("type", "String").put("value", block.name());
            name.putObject("binding").put("type", "property").put("name", "name");
            if (block.delegate() != null) {
                ObjectNode delegate = properties.addObject().put("type", "Hidden").put("value", block.delegate());
                delegate.putObject("binding").put("type", "property").put("name", "camunda:delegateExpression");
                if (block.delegate().equals("${issueResult}")) {
                    ObjectNode async = properties.addObject().put("type", "Hidden").put("value", true);
                    async.putObject("binding").put("type", "property").put("name", "camunda:asyncBefore");
                }
            } else {
                ObjectNode group = properties.addObject().put("label", "Nhóm xử lý").put("type", "Dropdown");
                if (block.group() != null) {
                    group.put("value", block.group());
                }
                ArrayNode choices = group.putArray("choices");
                groups.forEach(g -> choices.addObject().put("name", g.label()).put("value", g.value()));
                group.putObject("binding").put("type", "property").put("name", "camunda:candidateGroups");
            }
        }
        return all.toString();
    }

    static String template(String id, List<Group> groups) {
        try {
            for (var node : JSON.readTree(templates(groups))) {
                if (node.path("id").asText().equals(id)) {
                    return node.toString();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalArgumentException("No building block " + id);
    }
}
