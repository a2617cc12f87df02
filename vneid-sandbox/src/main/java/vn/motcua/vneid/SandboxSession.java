package vn.motcua.vneid;

import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * The sandbox shares the browser session with the portal (same host in local runs), so it keeps
 * its login and its saved authorization request under session keys of its own: a VNeID login is
 * not a portal login until the portal has completed the OpenID Connect flow.
 */
final class SandboxSession {

    final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    final HttpSessionRequestCache requests = new HttpSessionRequestCache();

    SandboxSession() {
        contexts.setSpringSecurityContextKey("VNEID_SANDBOX_SECURITY_CONTEXT");
        requests.setSessionAttrName("VNEID_SANDBOX_SAVED_REQUEST");
    }
}
