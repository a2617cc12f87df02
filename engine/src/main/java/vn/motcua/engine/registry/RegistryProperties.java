package vn.motcua.engine.registry;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sandbox registry: how many residents to generate besides the demo people (10,000 by
 * default; 1,000,000 for benchmarks) and the generator's seed. Changing either regenerates it.
 */
@ConfigurationProperties("motcua.registry")
public record RegistryProperties(Integer residents, Long seed) {

    public RegistryProperties {
        residents = residents == null ? 10_000 : residents;
        seed = seed == null ? 20_250_701L : seed;
        if (residents < 0) {
            throw new IllegalArgumentException("motcua.registry.residents must not be negative");
        }
    }
}
