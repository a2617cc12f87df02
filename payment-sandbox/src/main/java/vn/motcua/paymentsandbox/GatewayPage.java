package vn.motcua.paymentsandbox;

import org.springframework.web.util.HtmlUtils;

/** The gateway's look: one server-rendered page, no script, clearly marked as a test environment. */
final class GatewayPage {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:0;background:#eef3f8;color:#102a43}
            header{background:#0b4f8a;color:#fff;padding:14px 24px}
            header b{font-size:1.2rem} header small{display:block;opacity:.85}
            main{max-width:460px;margin:32px auto;background:#fff;border-radius:8px;padding:24px;box-shadow:0 1px 4px #0002}
            dt{font-weight:600;margin-top:10px} dd{margin:2px 0 0}
            .amount{font-size:1.6rem;color:#0b4f8a;font-weight:700}
            .problem{color:#b00020} .note{font-size:.85rem;background:#fff8e1;padding:8px;border-radius:4px}
            button{margin-top:18px;padding:10px 18px;font-size:1rem;border:0;border-radius:4px;cursor:pointer;background:#0b4f8a;color:#fff}
            button.cancel{background:#e4e7eb;color:#102a43;margin-left:8px}
            """;

    private GatewayPage() {
    }

    static String render(String title, String body) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + html(title)
                + " – Cổng thanh toán (thử nghiệm)</title><style>" + STYLE + "</style></head><body>"
                + "<header><b>Cổng thanh toán</b><small>Môi trường thử nghiệm – không trừ tiền thật</small></header>"
                + "<main>" + body + "</main></body></html>";
    }

    static String html(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
