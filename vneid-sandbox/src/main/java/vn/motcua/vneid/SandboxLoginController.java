package vn.motcua.vneid;

import static vn.motcua.vneid.SandboxPage.csrf;
import static vn.motcua.vneid.SandboxPage.html;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.engine.registry.DemoRegistry;
import vn.motcua.forms.identity.IdNumberMessages;
import vn.motcua.forms.identity.PersonalIdNumber;

/**
 * VNeID's login: the 12-digit personal ID number and the passcode, then for level-2 accounts a
 * 6-digit one-time code. Only when both steps pass is the person signed in at the sandbox; the
 * authorization request that sent them here then continues.
 */
@Controller
@ConditionalOnProperty(name = "motcua.vneid.sandbox.enabled", havingValue = "true", matchIfMissing = true)
class SandboxLoginController {

    static final String PENDING = "VNEID_SANDBOX_PENDING_OTP";
    private static final int OTP_ATTEMPTS = 5;

    private final SandboxAccounts accounts;
    private final PersonalIdNumber ids;
    private final SandboxSession session;

    SandboxLoginController(SandboxAccounts accounts, PersonalIdNumber ids, SandboxSession session) {
        this.accounts = accounts;
        this.ids = ids;
        this.session = session;
    }

    /** Between the passcode and the OTP step: who, and how many wrong codes so far. */
    private record PendingOtp(String idNumber, int attempts) implements java.io.Serializable {
    }

    @GetMapping(VneidSandboxConfiguration.LOGIN)
    ResponseEntity<String> loginPage(HttpServletRequest request) {
        return page(loginForm(request, "", null, null));
    }

    @PostMapping(VneidSandboxConfiguration.LOGIN)
    ResponseEntity<String> login(@RequestParam(defaultValue = "") String idNumber,
                                 @RequestParam(defaultValue = "") String passcode,
                                 HttpServletRequest request, HttpServletResponse response) {
        var check = ids.check(idNumber);
        if (!check.valid()) {
            String message = check.problems().stream().map(p -> IdNumberMessages.message(p, Locale.forLanguageTag("vi")))
                    .findFirst().orElse("");
            return page(loginForm(request, idNumber, message, null));
        }
        Optional<SandboxAccounts.Account> account = accounts.authenticate(idNumber.strip(), passcode);
        if (account.isEmpty()) {
            return page(loginForm(request, idNumber, null, "Số định danh cá nhân hoặc mật mã không đúng."));
        }
        if (account.get().level() >= 2) {
            request.getSession().setAttribute(PENDING, new PendingOtp(account.get().idNumber(), 0));
            return ResponseEntity.status(303).header("Location", request.getContextPath() + VneidSandboxConfiguration.OTP).build();
        }
        return signIn(account.get(), request, response);
    }

    @GetMapping(VneidSandboxConfiguration.OTP)
    ResponseEntity<String> otpPage(HttpServletRequest request) {
        if (pending(request).isEmpty()) {
            return ResponseEntity.status(303).header("Location", request.getContextPath() + VneidSandboxConfiguration.LOGIN).build();
        }
        return page(otpForm(request, null));
    }

    @PostMapping(VneidSandboxConfiguration.OTP)
    ResponseEntity<String> otp(@RequestParam(defaultValue = "") String otp, HttpServletRequest request,
                               HttpServletResponse response) {
        Optional<PendingOtp> pending = pending(request);
        if (pending.isEmpty()) {
            return ResponseEntity.status(303).header("Location", request.getContextPath() + VneidSandboxConfiguration.LOGIN).build();
        }
        if (!otp.strip().matches("\\d{6}")) {
            return page(otpForm(request, "Mã OTP gồm 6 chữ số."));
        }
        if (!DemoRegistry.DEMO_OTP.equals(otp.strip())) {
            int attempts = pending.get().attempts() + 1;
            if (attempts >= OTP_ATTEMPTS) {
                request.getSession().removeAttribute(PENDING);
                return page(loginForm(request, "", null, "Nhập sai mã OTP quá " + OTP_ATTEMPTS + " lần. Vui lòng đăng nhập lại."));
            }
            request.getSession().setAttribute(PENDING, new PendingOtp(pending.get().idNumber(), attempts));
            return page(otpForm(request, "Mã OTP không đúng."));
        }
        request.getSession().removeAttribute(PENDING);
        return signIn(accounts.find(pending.get().idNumber()).orElseThrow(), request, response);
    }

    private Optional<PendingOtp> pending(HttpServletRequest request) {
        HttpSession httpSession = request.getSession(false);
        return Optional.ofNullable(httpSession == null ? null : (PendingOtp) httpSession.getAttribute(PENDING));
    }

    private ResponseEntity<String> signIn(SandboxAccounts.Account account, HttpServletRequest request,
                                          HttpServletResponse response) {
        request.changeSessionId(); // no session fixation across the login
        var authentication = UsernamePasswordAuthenticationToken.authenticated(account.idNumber(), null,
                List.of(new SimpleGrantedAuthority("VNEID_LEVEL_" + account.level())));
        SecurityContext context = new SecurityContextImpl(authentication);
        session.contexts.saveContext(context, request, response);
        SavedRequest saved = session.requests.getRequest(request, response);
        session.requests.removeRequest(request, response);
        String next = saved != null ? saved.getRedirectUrl() : request.getContextPath() + VneidSandboxConfiguration.LOGIN + "?ok";
        return ResponseEntity.status(303).header("Location", next).build();
    }

    private static String loginForm(HttpServletRequest request, String idNumber, String idError, String formError) {
        boolean ok = request.getParameter("ok") != null && idError == null && formError == null;
        return SandboxPage.render("Đăng nhập", "<h1>Đăng nhập tài khoản định danh điện tử</h1>"
                + (ok ? "<p class=\"note\">Đã đăng nhập VNeID.</p>" : "")
                + "<p class=\"note\">Môi trường thử nghiệm: dùng tài khoản demo trong README của MotCua.</p>"
                + (formError == null ? "" : "<p class=\"error\" id=\"form-error\" role=\"alert\">" + html(formError) + "</p>")
                + "<form method=\"post\" action=\"" + html(request.getContextPath() + VneidSandboxConfiguration.LOGIN) + "\">"
                + csrf((CsrfToken) request.getAttribute(CsrfToken.class.getName()))
                + "<label for=\"idNumber\">Số định danh cá nhân</label>"
                + "<input type=\"text\" id=\"idNumber\" name=\"idNumber\" inputmode=\"numeric\" maxlength=\"12\" autocomplete=\"username\" value=\""
                + html(idNumber) + "\"" + (idError == null ? "" : " aria-invalid=\"true\" aria-describedby=\"idNumber-error\"") + ">"
                + (idError == null ? "" : "<div class=\"error\" id=\"idNumber-error\">" + html(idError) + "</div>")
                + "<label for=\"passcode\">Mật mã</label>"
                + "<input type=\"password\" id=\"passcode\" name=\"passcode\" inputmode=\"numeric\" autocomplete=\"current-password\">"
                + "<button type=\"submit\" id=\"login\">Đăng nhập</button></form>");
    }

    private static String otpForm(HttpServletRequest request, String error) {
        return SandboxPage.render("Xác thực OTP", "<h1>Xác thực mã OTP</h1>"
                + "<p>Tài khoản định danh mức 2: nhập mã OTP gồm 6 chữ số đã gửi tới số điện thoại đăng ký.</p>"
                + "<form method=\"post\" action=\"" + html(request.getContextPath() + VneidSandboxConfiguration.OTP) + "\">"
                + csrf((CsrfToken) request.getAttribute(CsrfToken.class.getName()))
                + "<label for=\"otp\">Mã OTP</label>"
                + "<input type=\"text\" id=\"otp\" name=\"otp\" inputmode=\"numeric\" maxlength=\"6\" autocomplete=\"one-time-code\""
                + (error == null ? "" : " aria-invalid=\"true\" aria-describedby=\"otp-error\"") + ">"
                + (error == null ? "" : "<div class=\"error\" id=\"otp-error\">" + html(error) + "</div>")
                + "<button type=\"submit\" id=\"confirm-otp\">Xác nhận</button></form>");
    }

    private static ResponseEntity<String> page(String html) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").body(html);
    }
}
