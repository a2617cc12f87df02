package vn.motcua.vneid;

import static vn.motcua.vneid.SandboxPage.csrf;
import static vn.motcua.vneid.SandboxPage.html;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Asks the citizen whether the portal may receive the attributes it asked for, naming each one.
 * Approving posts the scopes back to the authorization endpoint; refusing posts none, which
 * ends the flow with {@code access_denied} at the portal.
 */
@Controller
@ConditionalOnProperty(name = "motcua.vneid.sandbox.enabled", havingValue = "true", matchIfMissing = true)
class SandboxConsentController {

    @GetMapping(VneidSandboxConfiguration.CONSENT)
    ResponseEntity<String> consent(@RequestParam(OAuth2ParameterNames.CLIENT_ID) String clientId,
                                   @RequestParam(OAuth2ParameterNames.SCOPE) String scope,
                                   @RequestParam(OAuth2ParameterNames.STATE) String state,
                                   Principal principal, HttpServletRequest request) {
        Set<String> scopes = Arrays.stream(scope.split(" ")).collect(Collectors.toSet());
        StringBuilder attributes = new StringBuilder("<ul id=\"attributes\">");
        attributes.append("<li>Số định danh cá nhân</li>");
        if (scopes.contains(OidcScopes.PROFILE)) {
            attributes.append("<li>Họ và tên</li><li>Ngày tháng năm sinh</li><li>Mức độ tài khoản định danh điện tử</li>");
        }
        attributes.append("</ul>");
        StringBuilder approved = new StringBuilder();
        scopes.stream().filter(s -> !OidcScopes.OPENID.equals(s)).sorted().forEach(s -> approved.append(
                "<input type=\"hidden\" name=\"scope\" value=\"").append(html(s)).append("\">"));
        String action = html(request.getContextPath() + VneidSandboxConfiguration.PATH + "/oauth2/authorize");
        String hidden = "<input type=\"hidden\" name=\"client_id\" value=\"" + html(clientId) + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + html(state) + "\">"
                + csrf((CsrfToken) request.getAttribute(CsrfToken.class.getName()));
        String body = "<h1>Chia sẻ thông tin</h1>"
                + "<p><strong>Cổng dịch vụ công MotCua</strong> đề nghị được nhận các thông tin sau của tài khoản "
                + html(principal.getName()) + ":</p>" + attributes
                + "<form method=\"post\" action=\"" + action + "\" style=\"display:inline\">" + hidden + approved
                + "<button type=\"submit\" id=\"approve\">Đồng ý</button></form>"
                + "<form method=\"post\" action=\"" + action + "\" style=\"display:inline\">" + hidden
                + "<button type=\"submit\" class=\"secondary\" id=\"deny\">Từ chối</button></form>";
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").body(SandboxPage.render("Chia sẻ thông tin", body));
    }
}
