package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.e2e.pages.FilingPage;
import vn.motcua.e2e.pages.PortalUserPages;
import vn.motcua.e2e.pages.StaffTaskPages;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.e2e.support.SharedPortal;

/**
 * The paths a one-stop office takes daily besides the straight one, at Ba Đình ward: (b) the
 * specialist asks the ward police for an opinion, their officer answers in their own queue, the
 * specialist reads the answer and proposes the result; (c) the leader sends the dossier back to
 * reception with a reason, reception completes and forwards it, and the citizen sees it as a
 * state and in the timeline.
 */
@ExtendWith({SharedPortal.class, BrowserExtension.class})
class ConsultationAndSendBackJourneyTest {

    private static final String CITIZEN = "001208100019";   // Đỗ Quang Minh, Ba Đình
    private static final String MAI = "001187200001";       // reception, ward committee
    private static final String HUNG = "001083200002";      // specialist, ward committee
    private static final String VINH = "001072200003";      // leader, ward committee
    private static final String THU = "001188200011";       // consultation officer, ward police

    @Test
    void theSpecialistAsksTheWardPoliceWhoseOfficerAnswersThenTheResultIsProposed(MotCuaServer portal, WebDriver browser) {
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        StaffTaskPages staff = new StaffTaskPages(browser, pages, portal.baseUrl());
        String code = fileAndAccept(pages, staff, browser, portal, "Xin xác nhận nơi cư trú để đăng ký khai sinh");

        staff.openTask(HUNG, "Đỗ Văn Hùng", code);
        LocalDate answerBy = answerDateInsideTheDossiersTime(browser);
        WebElement agencies = browser.findElement(By.id("consultation-agencies"));
        agencies.findElement(By.tagName("input")).sendKeys("Công an Phường Ba Đình");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.tagName("vaadin-multi-select-combo-box-item"))
                .stream().filter(i -> i.isDisplayed() && i.getText().equals("Công an Phường Ba Đình")).findFirst().map(i -> {
                    i.click();
                    return true;
                }).orElse(null));
        agencies.findElement(By.tagName("input")).sendKeys(Keys.ESCAPE);
        setDate(browser, "decision-date", answerBy);
        staff.reason("Đề nghị xác nhận ông Đỗ Quang Minh cư trú tại Số 4 Kim Mã");
        staff.decideAndLeave("decide-request-consultation");

        // the ward police officer finds it in her own unit's queue and answers
        staff.openTask(THU, "Đinh Thị Thu", code);
        assertThat(browser.findElement(By.id("task-consultations")).getText()).contains("Số 4 Kim Mã");
        staff.reason("Xác nhận: ông Đỗ Quang Minh thường trú tại Số 4 Kim Mã từ năm 2008.");
        staff.decideAndLeave("decide-answer-consultation");

        // the specialist reads the answer on the task page and proposes the result
        staff.openTask(HUNG, "Đỗ Văn Hùng", code);
        assertThat(browser.findElement(By.id("consultation-answer-ca-xa-00004")).getText())
                .contains("thường trú tại Số 4 Kim Mã từ năm 2008");
        staff.decideAndLeave("decide-propose");
    }

    @Test
    void theLeaderSendsTheDossierBackToReceptionWhichCompletesAndForwardsIt(MotCuaServer portal, WebDriver browser) {
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        StaffTaskPages staff = new StaffTaskPages(browser, pages, portal.baseUrl());
        String code = fileAndAccept(pages, staff, browser, portal, "Xin cấp lại bản sao trích lục");
        staff.decide(HUNG, "Đỗ Văn Hùng", code, "decide-propose", null);
        staff.decide(VINH, "Bùi Quang Vinh", code, "decide-send-back-from-approval",
                "Thiếu số điện thoại liên hệ đã xác minh, đề nghị một cửa bổ sung");

        // the citizen sees where the dossier is
        pages.loginAs(CITIZEN, "Đỗ Quang Minh");
        assertThat(dossierState(browser, portal, code)).isEqualTo("Trả về bộ phận tiếp nhận để hoàn thiện");
        pages.logout();

        staff.openTask(MAI, "Hoàng Thị Mai", code);
        assertThat(browser.findElement(By.id("task-step")).getText()).isEqualTo("Hoàn thiện hồ sơ bị trả về");
        staff.reason("Đã gọi điện xác minh số điện thoại");
        staff.decideAndLeave("decide-forward-after-rework");

        pages.loginAs(CITIZEN, "Đỗ Quang Minh");
        assertThat(dossierState(browser, portal, code)).isEqualTo("Đang giải quyết");
        String timeline = String.join("|", browser.findElement(By.id("dossier-timeline"))
                .findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList());
        assertThat(timeline).contains("Trả về bộ phận tiếp nhận", "Bộ phận tiếp nhận hoàn thiện hồ sơ, chuyển xử lý");
        pages.logout();
    }

    private static String fileAndAccept(PortalUserPages pages, StaffTaskPages staff, WebDriver browser, MotCuaServer portal,
                                        String request) {
        pages.loginAs(CITIZEN, "Đỗ Quang Minh");
        browser.get(portal.baseUrl() + "/thu-tuc/1.004772/nop-ho-so");
        FilingPage filing = new FilingPage(browser);
        filing.type("noiDungDeNghi", request).type("soDienThoai", "0912000111");
        filing.next("attach");
        filing.attachRequired();
        filing.next("review");
        String code = filing.submit();
        pages.logout();
        staff.decide(MAI, "Hoàng Thị Mai", code, "decide-accept", null);
        return code;
    }

    private static String dossierState(WebDriver browser, MotCuaServer portal, String code) {
        browser.get(portal.baseUrl() + "/ho-so/" + code);
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("dossier-state"))).getText();
    }

    /** The last day whose 17:00 falls inside the dossier's due time, as the task page shows it. */
    private static LocalDate answerDateInsideTheDossiersTime(WebDriver browser) {
        LocalDateTime due = LocalDateTime.parse(browser.findElement(By.id("task-due")).getText(),
                DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy"));
        LocalDate date = due.toLocalTime().isBefore(java.time.LocalTime.of(17, 0)) ? due.toLocalDate().minusDays(1) : due.toLocalDate();
        assertThat(date).as("the procedure leaves time to consult").isAfter(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        return date;
    }

    private static void setDate(WebDriver browser, String id, LocalDate date) {
        WebElement picker = browser.findElement(By.id(id));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", picker, date.toString());
    }

}
