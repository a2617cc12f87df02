package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import vn.motcua.e2e.pages.FilingPage;
import vn.motcua.e2e.pages.PortalUserPages;
import vn.motcua.e2e.support.BrowserExtension;
import vn.motcua.e2e.support.EngineRest;
import vn.motcua.e2e.support.MotCuaServer;
import vn.motcua.e2e.support.SharedPortal;

/**
 * Two of the procedures citizens use most, filed with their real declarations: a criminal-record
 * extract (Mẫu số 04/2025/LLTP; no fee online) and a household business registration (Phụ lục
 * III-1; the fee paid at the gateway); each signed result states what was decided.
 */
@ExtendWith({SharedPortal.class, BrowserExtension.class})
class DeclaredProceduresJourneyTest {

    @Test
    void aCriminalRecordExtractIsRequestedWithTheFormAndStatesTheRecord(MotCuaServer portal, WebDriver browser) throws Exception {
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        pages.loginAs("056199100011", "Nguyễn Khánh Linh");
        browser.get(portal.baseUrl() + "/thu-tuc/3.000333/nop-ho-so");
        FilingPage filing = new FilingPage(browser);
        filing.choose("loaiPhieu", "Phiếu lý lịch tư pháp số 1").type("mucDich", "Bổ sung hồ sơ xin việc").type("soLuong", "2");
        // Phiếu số 1 asks whether to confirm bans from office; the parents' names belong to Phiếu số 2 only
        assertThat(browser.findElements(By.id("form-hoTenCha"))).noneMatch(org.openqa.selenium.WebElement::isDisplayed);
        filing.choose("xacNhanCamDamNhiem", "Không yêu cầu")
                .type("quaTrinhCuTru", "Từ năm 2013 đến nay: Phường Thành Đông, Thành phố Hải Phòng").type("soDienThoai", "0905333444");
        filing.next("attach");
        assertThat(browser.findElement(By.id("form-khongCanNopCanCuoc")).getText()).contains("không cần nộp");
        filing.next("review");
        assertThat(filing.reviewText()).contains("Phiếu lý lịch tư pháp số 1", "Bổ sung hồ sơ xin việc", "2");
        // free online (the catalogue's fee for this channel is 0): no payment step
        assertThat(browser.findElements(By.id("step-pay"))).isEmpty();
        String code = filing.submit();

        String text = EngineRest.resultText(portal, EngineRest.decideWithProposal(portal, portal.generatedAdminPassword().orElseThrow(),
                code, "Không có án tích"));
        assertThat(text).contains("PHIẾU LÝ LỊCH TƯ PHÁP", "Nguyễn Khánh Linh", "Loại phiếu: Phiếu lý lịch tư pháp số 1",
                "Mục đích sử dụng: Bổ sung hồ sơ xin việc", "Số lượng Phiếu: 2", "Án tích: Không có án tích");
        pages.logout();
    }

    @Test
    void aHouseholdBusinessIsRegisteredWithItsNameAndPremises(MotCuaServer portal, WebDriver browser) throws Exception {
        PortalUserPages pages = new PortalUserPages(browser, portal.baseUrl());
        pages.loginAs("022073100013", "Phan Văn Đức");
        browser.get(portal.baseUrl() + "/thu-tuc/1.001612/nop-ho-so");
        FilingPage filing = new FilingPage(browser);
        // a name without "Hộ kinh doanh" is refused on its field
        filing.type("tenHoKinhDoanh", "Phở Đức Hạ Long");
        filing.pick("phuongXaTruSo", "Ba Đình", "Phường Ba Đình, Thành phố Hà Nội").type("diaChiTruSo", "Số 20 phố Đội Cấn")
                .type("nganhNghe", "Dịch vụ ăn uống: phở, cơm bình dân").type("vonKinhDoanh", "150000000").type("soLaoDong", "4")
                .choose("chuThe", "Một cá nhân đăng ký thành lập (tôi là chủ hộ kinh doanh)").type("soDienThoai", "0905444555");
        assertThat(filing.nextRefused()).contains("cần sửa");
        assertThat(browser.findElement(By.id("form-tenHoKinhDoanh")).getDomAttribute("invalid")).isNotNull();
        filing.type("tenHoKinhDoanh", "Hộ kinh doanh Phở Đức");
        filing.next("attach");
        filing.next("review");
        assertThat(filing.reviewText()).contains("Hộ kinh doanh Phở Đức", "Phường Ba Đình, Thành phố Hà Nội", "Số 20 phố Đội Cấn");
        filing.payAtGateway("Đã thanh toán");
        String code = filing.submit();

        String text = EngineRest.resultText(portal, EngineRest.decideWithProposal(portal, portal.generatedAdminPassword().orElseThrow(),
                code, "Đủ điều kiện đăng ký hộ kinh doanh"));
        assertThat(text).contains("GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH", "Phan Văn Đức", "Tên hộ kinh doanh: Hộ kinh doanh Phở Đức",
                "Địa điểm kinh doanh: Số 20 phố Đội Cấn", "Phường, xã, tỉnh: Phường Ba Đình, Thành phố Hà Nội",
                "Vốn kinh doanh (đồng): 150.000.000", "Số lượng lao động: 4");
        pages.logout();
    }
}
