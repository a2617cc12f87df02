package vn.motcua.workflows.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.workflows.catalogue.CatalogueEntry.Channel;
import vn.motcua.workflows.catalogue.CatalogueEntry.ProcessingTime;

class ChannelParserTests {

    private static final String HEADER = "Hình thức nộpThời gianPhí, lệ phíMô tả";
    private final Problems problems = new Problems();

    private List<Channel> parse(String body) {
        return ChannelParser.parse("1.000001", HEADER + body, problems);
    }

    @Test
    void eachChannelKeepsItsOwnTimeAndFee() {
        List<Channel> channels = parse("Trực tuyến7 Ngày làm việc10.000 Đồng(Nộp trực tuyến)"
                + "Trực tiếp7 Ngày làm việc20.000 Đồng(Nộp tại bộ phận một cửa)Dịch vụ bưu chính15 Ngày50 VNĐ");

        assertThat(channels).containsExactly(
                new Channel(ChannelKind.ONLINE, new ProcessingTime(BigDecimal.valueOf(7), TimeUnit.WORKING_DAYS),
                        10_000L, "Nộp trực tuyến"),
                new Channel(ChannelKind.IN_PERSON, new ProcessingTime(BigDecimal.valueOf(7), TimeUnit.WORKING_DAYS),
                        20_000L, "Nộp tại bộ phận một cửa"),
                new Channel(ChannelKind.POSTAL, new ProcessingTime(BigDecimal.valueOf(15), TimeUnit.DAYS), 50L, null));
        assertThat(problems.count()).isZero();
    }

    @Test
    void thousandsSeparatorsMayBeCommasOrDots() {
        assertThat(ChannelParser.vnd("120,000")).contains(120_000L);
        assertThat(ChannelParser.vnd("150.000")).contains(150_000L);
        assertThat(ChannelParser.vnd("1.500.000")).contains(1_500_000L);
        assertThat(ChannelParser.vnd("50")).contains(50L);
        assertThat(ChannelParser.vnd("10.000.0000")).isEmpty();
        assertThat(parse("Trực tuyến5 Ngày làm việc10,000 Việt Nam Đồng").get(0).feeVnd()).isEqualTo(10_000L);
    }

    @Test
    void freeIsZeroAndNoInformationIsUnknown() {
        List<Channel> channels = parse("Trực tuyến4 Ngày làm việcMiễn phíTrực tiếp4 Ngày làm việcKhông có thông tin");
        assertThat(channels).extracting(Channel::feeVnd).containsExactly(0L, null);
    }

    @Test
    void aTimeOfNoInformationIsNoTime() {
        Channel channel = parse("Trực tiếpKhông có thông tinMiễn phí").get(0);
        assertThat(channel.processingTime()).isNull();
        assertThat(channel.feeVnd()).isZero();
    }

    @Test
    void hoursMonthsAndFractionsAreKept() {
        assertThat(parse("Trực tuyến8 GiờMiễn phí").get(0).processingTime())
                .isEqualTo(new ProcessingTime(BigDecimal.valueOf(8), TimeUnit.HOURS));
        assertThat(parse("Trực tiếp3 ThángMiễn phí").get(0).processingTime().unit()).isEqualTo(TimeUnit.MONTHS);
        assertThat(parse("Trực tiếp0,5 Ngày làm việcMiễn phí").get(0).processingTime().amount())
                .isEqualByComparingTo("0.5");
    }

    @Test
    void remarksInNestedOrDoubledParenthesesBecomeTheFeeText() {
        assertThat(parse("Trực tiếp5 Ngày làm việc50 VNĐ((hồ sơ))").get(0).feeText()).isEqualTo("hồ sơ");
        assertThat(parse("Trực tuyến1 Ngày làm việcMiễn phí(Theo Điều 3 (khoản 1) Thông tư 85/2019/TT-BTC)"
                + "Nộp qua cổng").get(0).feeText()).isEqualTo("Theo Điều 3 (khoản 1) Thông tư 85/2019/TT-BTC");
    }

    @Test
    void aFeeWithoutATimeIsNotMistakenForATime() {
        Channel channel = parse("Trực tuyến120,000 VNĐ(Theo khoản 1 Điều 3)").get(0);
        assertThat(channel.processingTime()).isNull();
        assertThat(channel.feeVnd()).isEqualTo(120_000L);
        assertThat(problems.all()).extracting(Problems.Problem::message).containsExactly("ONLINE: no processing time stated");
    }

    @Test
    void aChannelNameInsideADescriptionDoesNotStartAChannel() {
        List<Channel> channels = parse("Trực tuyến2 Ngày làm việcMiễn phí- Trực tuyến: nộp qua Cổng dịch vụ công"
                + "Trực tiếp2 Ngày làm việcMiễn phí");
        assertThat(channels).extracting(Channel::kind).containsExactly(ChannelKind.ONLINE, ChannelKind.IN_PERSON);
    }

    @Test
    void aTimeWithoutUnitIsReadAsWorkingDaysAndReported() {
        Channel channel = parse("Trực tuyến1Miễn phí(Không)").get(0);
        assertThat(channel.processingTime()).isEqualTo(new ProcessingTime(BigDecimal.ONE, TimeUnit.WORKING_DAYS));
        assertThat(channel.feeText()).isEqualTo("Không");
        assertThat(problems.all()).singleElement().extracting(Problems.Problem::message).asString()
                .contains("has no unit");
    }

    @Test
    void foreignCurrencyIsNotTakenForDongs() {
        Channel channel = parse("Trực tiếp5 Ngày làm việc25 USD(Cấp thị thực có giá trị một lần)").get(0);
        assertThat(channel.feeVnd()).isNull();
        assertThat(channel.feeText()).isEqualTo("25 USD — Cấp thị thực có giá trị một lần");
    }
}
