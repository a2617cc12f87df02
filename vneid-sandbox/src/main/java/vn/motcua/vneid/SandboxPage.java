package vn.motcua.vneid;

import org.springframework.web.util.HtmlUtils;

/** The look of the sandbox's pages: plain server-rendered HTML, no script needed. */
final class SandboxPage {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f4f5f7;color:#1d1d1f}
            header{background:#c8102e;color:#fff;padding:14px 24px}
            header strong{font-size:1.25rem;letter-spacing:.02em}
            header span{display:block;font-size:.85rem;opacity:.9}
            main{max-width:420px;margin:32px auto;background:#fff;border-radius:8px;padding:24px 28px;box-shadow:0 1px 4px rgba(0,0,0,.12)}
            h1{font-size:1.25rem;margin-top:0}
            label{display:block;font-weight:600;margin:16px 0 6px}
            input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:10px;font-size:1rem;border:1px solid #999;border-radius:4px}
            .error{color:#b00020;font-size:.9rem;margin-top:6px}
            .note{background:#fff8e1;border:1px solid #f0c36d;padding:8px 10px;border-radius:4px;font-size:.85rem}
            button{margin-top:20px;padding:10px 18px;font-size:1rem;border-radius:4px;border:0;background:#c8102e;color:#fff;cursor:pointer}
            button.secondary{background:#e0e0e0;color:#1d1d1f;margin-left:8px}
            ul{padding-left:20px}
            """;

    private SandboxPage() {
    }

    static String render(String title, String body) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + html(title) + " – VNeID (thử nghiệm)</title><style>" + STYLE + "</style></head><body>"
                + "<header><strong>VNeID</strong><span>Định danh và xác thực điện tử – môi trường thử nghiệm</span></header>"
                + "<main>" + body + "</main></body></html>";
    }

    static String html(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    static String csrf(org.springframework.security.web.csrf.CsrfToken token) {
        return token == null ? "" : "<input type=\"hidden\" name=\"" + html(token.getParameterName()) + "\" value=\""
                + html(token.getToken()) + "\">";
    }
}
