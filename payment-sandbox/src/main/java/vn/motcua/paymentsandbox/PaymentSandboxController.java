package vn.motcua.paymentsandbox;

import static vn.motcua.paymentsandbox.GatewayPage.html;

import jakarta.servlet.http.HttpServletRequest;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.motcua.engine.payment.GatewayCallback;
import vn.motcua.engine.payment.PaymentSignature;

/**
 * The gateway's payment page: the merchant's signed order (tampered amounts are refused), pay or
 * cancel, then a signed notification to the merchant and the browser sent back to it.
 */
@Controller
@RequestMapping(PaymentSandboxConfiguration.PATH + "/thanh-toan")
@ConditionalOnProperty(name = "motcua.payment.sandbox.enabled", havingValue = "true", matchIfMissing = true)
class PaymentSandboxController {

    private static final String[] ORDER_FIELDS = {"merchant", "ref", "amount", "orderInfo", "returnUrl", "notifyUrl", "signature"};
    private final PaymentSignature signature;
    private final GatewayBook book;
    private final MerchantNotifier notifier;
    private final TransactionTemplate transaction;

    PaymentSandboxController(PaymentSignature signature, GatewayBook book, MerchantNotifier notifier,
                             TransactionTemplate transaction) {
        this.signature = signature;
        this.book = book;
        this.notifier = notifier;
        this.transaction = transaction;
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@RequestParam Map<String, String> order, HttpServletRequest request) {
        Optional<String> problem = problem(order);
        if (problem.isPresent()) {
            return page(HttpStatus.BAD_REQUEST, "<h1>Yêu cầu thanh toán không hợp lệ</h1><p class=\"problem\" id=\"gateway-problem\">"
                    + html(problem.get()) + "</p>");
        }
        if (book.find(order.get("ref")).isPresent()) {
            return page(HttpStatus.OK, alreadySettled(order));
        }
        StringBuilder form = new StringBuilder("<h1>Thanh toán trực tuyến</h1><dl>")
                .append("<dt>Đơn vị thụ hưởng</dt><dd id=\"gateway-merchant\">").append(html(order.get("merchant"))).append("</dd>")
                .append("<dt>Nội dung</dt><dd>").append(html(order.get("orderInfo"))).append("</dd>")
                .append("<dt>Mã đơn hàng</dt><dd>").append(html(order.get("ref"))).append("</dd>")
                .append("<dt>Số tiền</dt><dd class=\"amount\" id=\"gateway-amount\">")
                .append(html(vnd(Long.parseLong(order.get("amount"))))).append("</dd></dl>")
                .append("<p class=\"note\">Đây là cổng thanh toán thử nghiệm của MotCua: bấm \"Thanh toán\" là giao dịch thành công.</p>")
                .append("<form method=\"post\">");
        for (String field : ORDER_FIELDS) {
            form.append("<input type=\"hidden\" name=\"").append(field).append("\" value=\"").append(html(order.get(field))).append("\">");
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (csrf != null) {
            form.append("<input type=\"hidden\" name=\"").append(html(csrf.getParameterName())).append("\" value=\"")
                    .append(html(csrf.getToken())).append("\">");
        }
        form.append("<button id=\"gateway-pay\" name=\"action\" value=\"pay\">Thanh toán</button>")
                .append("<button id=\"gateway-cancel\" class=\"cancel\" name=\"action\" value=\"cancel\">Hủy giao dịch</button></form>");
        return page(HttpStatus.OK, form.toString());
    }

    @PostMapping(produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> settle(@RequestParam Map<String, String> posted) {
        Map<String, String> order = new java.util.LinkedHashMap<>(posted);
        String action = order.remove("action");
        order.keySet().retainAll(java.util.List.of(ORDER_FIELDS));
        Optional<String> problem = problem(order);
        if (problem.isPresent() || !("pay".equals(action) || "cancel".equals(action))) {
            return page(HttpStatus.BAD_REQUEST, "<h1>Yêu cầu thanh toán không hợp lệ</h1><p class=\"problem\" id=\"gateway-problem\">"
                    + html(problem.orElse("Thao tác không hợp lệ")) + "</p>");
        }
        String status = "pay".equals(action) ? "PAID" : "CANCELLED";
        long amount = Long.parseLong(order.get("amount"));
        // booked and acknowledged by the merchant together: an unacknowledged payment did not happen
        Boolean done = transaction.execute(tx -> book.book(order.get("ref"), amount, status).map(entry -> {
            boolean acknowledged = notifier.notify(order.get("notifyUrl"),
                    new GatewayCallback(order.get("ref"), entry.transactionId(), amount, status));
            if (!acknowledged) {
                tx.setRollbackOnly();
            }
            return acknowledged;
        }).orElse(null));
        if (done == null) {
            return page(HttpStatus.CONFLICT, alreadySettled(order));
        }
        if (!done) {
            return page(HttpStatus.BAD_GATEWAY, "<h1>Chưa thực hiện được giao dịch</h1><p class=\"problem\" id=\"gateway-problem\">"
                    + "Không liên lạc được với đơn vị thụ hưởng; tài khoản của bạn chưa bị trừ tiền. Vui lòng thử lại sau.</p>");
        }
        String back = UriComponentsBuilder.fromUriString(order.get("returnUrl")).queryParam("ref", order.get("ref"))
                .build().toUriString();
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, back).build();
    }

    private Optional<String> problem(Map<String, String> order) {
        for (String field : ORDER_FIELDS) {
            if (order.get(field) == null || order.get(field).isBlank()) {
                return Optional.of("Thiếu tham số " + field);
            }
        }
        if (!order.get("amount").matches("[1-9]\\d{0,12}")) {
            return Optional.of("Số tiền không hợp lệ");
        }
        if (!signature.verify(PaymentSignature.canonical(order), order.get("signature"))) {
            return Optional.of("Chữ ký của đơn hàng không đúng: đơn hàng đã bị sửa hoặc không do đơn vị thụ hưởng tạo");
        }
        return Optional.empty();
    }

    private String alreadySettled(Map<String, String> order) {
        String back = UriComponentsBuilder.fromUriString(order.get("returnUrl")).queryParam("ref", order.get("ref"))
                .build().toUriString();
        return "<h1>Đơn hàng đã được xử lý</h1><p id=\"gateway-problem\">Đơn hàng này đã được thanh toán hoặc đã hủy; "
                + "không thể thanh toán lần nữa.</p><p><a id=\"gateway-back\" href=\"" + html(back) + "\">Quay lại cổng dịch vụ công</a></p>";
    }

    private static ResponseEntity<String> page(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(GatewayPage.render("Thanh toán", body));
    }

    private static String vnd(long amount) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(amount) + " đ";
    }
}
