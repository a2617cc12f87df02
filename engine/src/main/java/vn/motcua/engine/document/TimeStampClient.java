package vn.motcua.engine.document;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

/** An RFC 3161 time-stamping authority over HTTP ({@code application/timestamp-query}). */
final class TimeStampClient {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TimeStampClient(String url) {
        this.url = URI.create(url);
    }

    /** The DER time-stamp token over the SHA-256 of {@code data}. */
    byte[] timeStamp(byte[] data) throws IOException {
        try {
            byte[] imprint = MessageDigest.getInstance("SHA-256").digest(data);
            TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
            generator.setCertReq(true);
            TimeStampRequest request = generator.generate(NISTObjectIdentifiers.id_sha256, imprint,
                    new BigInteger(64, RANDOM));
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("Time-stamping authority " + url + " answered HTTP " + response.statusCode());
            }
            TimeStampResponse answer = new TimeStampResponse(response.body());
            answer.validate(request);
            if (answer.getTimeStampToken() == null) {
                throw new IOException("Time-stamping authority " + url + " refused: " + answer.getStatusString());
            }
            return answer.getTimeStampToken().getEncoded();
        } catch (TSPException | NoSuchAlgorithmException e) {
            throw new IOException("Invalid time-stamp from " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while time-stamping", e);
        }
    }
}
