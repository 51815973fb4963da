package org.pledgewatch.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * A stand-in identity provider for the local run and the tests: an RSA key pair made on the spot (nothing is
 * committed), its public key as a PEM file the services verify with, and signed tokens with roles.
 */
public final class TokenIssuer {

    public static final String ISSUER = "https://local.pledgewatch.org/issuer";

    private static TokenIssuer shared;

    private final KeyPair keys;
    private final Path publicKeyFile;

    private TokenIssuer(KeyPair keys, Path publicKeyFile) {
        this.keys = keys;
        this.publicKeyFile = publicKeyFile;
    }

    public static TokenIssuer create(Path directory) {
        KeyPair keys = newKeyPair();
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("jwt-public-key.pem");
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n", StandardCharsets.US_ASCII);
            return new TokenIssuer(keys, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One issuer per JVM, shared by the test resource that configures the services and the tests that call them. */
    public static synchronized TokenIssuer shared() {
        if (shared == null) {
            try {
                shared = create(Files.createTempDirectory("pledgewatch-jwt-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    public Path publicKeyFile() {
        return publicKeyFile;
    }

    /** A token valid for an hour, for {@code subject}, with these roles in its groups claim. */
    public String token(String subject, String... roles) {
        return token(subject, Duration.ofHours(1), roles);
    }

    public String token(String subject, Duration validity, String... roles) {
        return sign(keys, subject, List.of(roles), Instant.now().plus(validity));
    }

    public String expiredToken(String subject, String... roles) {
        return sign(keys, subject, List.of(roles), Instant.now().minus(Duration.ofHours(1)));
    }

    /** Right claims, wrong key: what a forger would send. */
    public String tokenSignedByAnotherKey(String subject, String... roles) {
        return sign(newKeyPair(), subject, List.of(roles), Instant.now().plus(Duration.ofHours(1)));
    }

    /** How services started as processes are told to trust this issuer. */
    public Map<String, String> environment() {
        return Map.of(
                "MP_JWT_VERIFY_ISSUER", ISSUER,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKeyFile.toUri().toString());
    }

    /** The same, as Quarkus configuration for tests. */
    public Map<String, String> quarkusConfig() {
        return Map.of(
                "mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.publickey.location", publicKeyFile.toUri().toString());
    }

    private static String sign(KeyPair keys, String subject, List<String> roles, Instant expiry) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", roles);
        claims.setIssuedAt(NumericDate.fromSeconds(expiry.minus(Duration.ofHours(2)).getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expiry.getEpochSecond()));
        claims.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
