/**
 * The VNeID sandbox: an OpenID provider built on Spring Authorization Server that behaves like
 * VNeID towards a relying party (discovery, JWKS, authorization code with PKCE, consent, ID tokens
 * with {@code SoDinhDanh}, {@code HoVaTen}, {@code NgayThangNamSinh}, {@code LoaiTaiKhoan},
 * {@code acr}), with the residents of the sandbox registry as its accounts. It is served under
 * {@code /vneid-sandbox} by the same application in local runs and tests, and is off in the
 * {@code prod} profile, where MotCua talks to the real provider.
 */
package vn.motcua.vneid;
