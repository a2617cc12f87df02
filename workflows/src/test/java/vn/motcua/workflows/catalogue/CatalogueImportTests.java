package vn.motcua.workflows.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueImportTests {

    /** The real catalogue, beside the project as the brief lays it out. */
    static final Path SHIPPED = vn.motcua.workflows.SharedData.PROCEDURES;

    @TempDir
    Path out;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... args) {
        return CatalogueImportCommand.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @Test
    void allShippedProceduresImportWithoutACrashAndTheProblemsAreCounted() throws IOException {

        assertThat(run(SHIPPED.toString(), out.toString())).isZero();

        JsonNode catalogue = new ObjectMapper().readTree(out.resolve("catalogue.json").toFile());
        assertThat(catalogue.size()).isEqualTo(1084);
        JsonNode birth = find(catalogue, "1.001193");
        assertThat(birth.get("title").asText()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(birth.get("levels").toString()).isEqualTo("[\"COMMUNE\"]");
        JsonNode residence = find(catalogue, "1.004222");
        assertThat(residence.get("channels").get(0).get("feeVnd").asLong()).isEqualTo(10_000);
        assertThat(residence.get("channels").get(1).get("feeVnd").asLong()).isEqualTo(20_000);
        assertThat(residence.get("channels").get(0).get("processingTime").toString())
                .isEqualTo("{\"amount\":7,\"unit\":\"WORKING_DAYS\"}");
        assertThat(new ObjectMapper().readTree(out.resolve("problems.json").toFile()).isArray()).isTrue();
        String printed = stdout.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Imported 1084 procedures from 1084 lines").contains("problems");
        System.out.println(printed);
    }

    @Test
    void anyFileOfTheSameFormatImportsAndABadLineIsAProblemNotAFailure() throws IOException {
        Path input = Files.writeString(out.resolve("two.jsonl"), """
                {"ma_thu_tuc": "9.000001", "ten_thu_tuc": "Thủ tục thử", "cap_thuc_hien": "Cấp tỉnh", "linh_vuc": "Thử nghiệm", "cach_thuc_thuc_hien": "Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến3 Ngày làm việc150.000 đồng", "thanh_phan_ho_so": "--Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn1 bản chính", "can_cu_phap_ly": "", "ket_qua_xu_ly": "Giấy phépMã: KQ.G99.000001"}
                this line is broken
                {"ma_thu_tuc": "9.000002", "ten_thu_tuc": "Thủ tục hỏng", "cap_thuc_hien": "Cấp huyện", "cach_thuc_thuc_hien": "???"}
                """);

        assertThat(run(input.toString(), out.resolve("o").toString())).isZero();

        JsonNode catalogue = new ObjectMapper().readTree(out.resolve("o/catalogue.json").toFile());
        assertThat(catalogue.size()).isEqualTo(2);
        assertThat(catalogue.get(0).get("channels").get(0).get("feeVnd").asLong()).isEqualTo(150_000);
        assertThat(catalogue.get(0).get("onlineLevel").asText()).isEqualTo("FULL");
        assertThat(out.resolve("o/bpmn/9.000001.bpmn")).content().contains("id=\"tthc_9_000001\"").contains("bpmndi:BPMNShape");
        assertThat(out.resolve("o/bpmn/9.000002.bpmn")).exists();
        JsonNode problems = new ObjectMapper().readTree(out.resolve("o/problems.json").toFile());
        assertThat(problems.toString())
                .contains("\"code\":\"line 2\"")
                .contains("unknown level 'Cấp huyện'")
                .contains("\"code\":\"9.000002\",\"field\":\"cach_thuc_thuc_hien\"");
    }

    @Test
    void unreadableInputIsAClearErrorWithANonZeroExit() {
        assertThat(run(out.resolve("missing.jsonl").toString(), out.toString())).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("Cannot read").contains("missing.jsonl");
        assertThat(out.resolve("catalogue.json")).doesNotExist();
    }

    @Test
    void inputThatIsNotJsonLinesIsRefused() throws IOException {
        Path csv = Files.writeString(out.resolve("units.csv"), "code,name\n01,Hà Nội\n");
        assertThat(run(csv.toString(), out.toString())).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8))
                .contains("is not the portal's JSON-lines format: none of its 2 lines is a JSON object");
        assertThat(out.resolve("catalogue.json")).doesNotExist();

        Path binary = Files.write(out.resolve("blob.jsonl"), new byte[] {(byte) 0xC3, (byte) 0x28, 0x0A});
        assertThat(run(binary.toString(), out.toString())).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("not UTF-8 text");
    }

    @Test
    void wrongArgumentsPrintUsage() {
        assertThat(run("only-one")).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).startsWith("Usage: catalogue-import");
    }

    private static JsonNode find(JsonNode catalogue, String code) {
        for (JsonNode entry : catalogue) {
            if (entry.get("code").asText().equals(code)) {
                return entry;
            }
        }
        throw new AssertionError("no " + code);
    }
}
