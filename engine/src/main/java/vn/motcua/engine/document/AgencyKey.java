package vn.motcua.engine.document;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** An issuing agency's signing key with its certificate chain (agency first, root last). */
record AgencyKey(String unitCode, PrivateKey privateKey, List<X509Certificate> chain) {

    X509Certificate certificate() {
        return chain.get(0);
    }
}
