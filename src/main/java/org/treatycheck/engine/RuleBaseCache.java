package org.treatycheck.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compiled rule base, kept on disk so that a check does not compile the rules again when they
 * have not changed (compiling takes about a second; loading a cached copy a few tenths).
 *
 * <p>An entry holds the rule packages exactly as the compiler produced them (Drools' own
 * serialization of its packages, with the bytecode of every consequence and function), so a
 * cached load runs the very same compiled rules as an uncached one. Its key is a SHA-256 over the
 * rule files (names and contents), the tool's version and build, the Drools version and the Java
 * version: editing a rule, upgrading the tool or Drools, or rebuilding the jar selects a new
 * entry, and the old one is pruned later.
 *
 * <p>The folder is {@code -Dtreatycheck.cache.dir}, else {@code $TREATYCHECK_CACHE_DIR}, else
 * {@code $XDG_CACHE_HOME/treatycheck}, else {@code %LOCALAPPDATA%\treatycheck} on Windows, else
 * {@code ~/.cache/treatycheck}; entries live in its {@code rulebase/} subfolder.
 * {@code -Dtreatycheck.cache=off} or {@code TREATYCHECK_CACHE=off} turns the cache off.
 *
 * <p>The cache never makes a run fail: an entry is written to a temporary file and moved into place
 * atomically, so concurrent runs see either a whole entry or none; an entry that cannot be read,
 * fails its checksum or does not deserialize is deleted and the rules are compiled instead; a
 * folder that cannot be written is ignored. Only rule bases that compiled without a problem are
 * written.
 *
 * <p>Entries are serialized Java objects: whoever can write to the cache folder can make treatycheck
 * run code, just as whoever can write to the rules folder can. The folder is created readable by its
 * owner only, and deserialization admits only classes of Java, Drools, MVEL, treatycheck and the
 * rule files' own packages.
 */
final class RuleBaseCache {

    /** System property naming the cache folder, or {@code off}. */
    static final String DIR_PROPERTY = "treatycheck.cache.dir";
    /** Environment variable naming the cache folder, or {@code off}. */
    static final String DIR_ENV = "TREATYCHECK_CACHE_DIR";
    /** System property that turns the cache off with the value {@code off}. */
    static final String SWITCH_PROPERTY = "treatycheck.cache";
    /** Environment variable that turns the cache off with the value {@code off}. */
    static final String SWITCH_ENV = "TREATYCHECK_CACHE";

    /** Bump when the entry layout or what goes into the key changes. */
    static final int FORMAT = 2;
    static final byte[] MAGIC = "treatycheck rule base\n".getBytes(StandardCharsets.US_ASCII);
    private static final String SUFFIX = ".kbase";
    /** Entries kept: one per rule set recently used. */
    private static final int KEEP = 24;
    private static final Logger LOG = LoggerFactory.getLogger(RuleBaseCache.class);
    /** Packages of the classes an entry may contain, beside those of the rule files themselves. */
    private static final List<String> TRUSTED = List.of("java.", "org.drools.", "org.kie.", "org.mvel2.", "org.treatycheck.");

    private final Path dir;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();

    private RuleBaseCache(Path dir) {
        this.dir = dir;
    }

    /** The cache the environment asks for (see the class comment), or a disabled one. */
    static RuleBaseCache fromEnvironment() {
        return new RuleBaseCache(folder().map(d -> d.resolve("rulebase")).orElse(null));
    }

    /** A cache in this folder (its entries go straight into it). */
    static RuleBaseCache at(Path dir) {
        return new RuleBaseCache(dir);
    }

    /** A cache that never finds nor keeps anything. */
    static RuleBaseCache disabled() {
        return new RuleBaseCache(null);
    }

    /** The treatycheck cache folder the environment names, empty when caching is off. */
    static Optional<Path> folder() {
        if ("off".equalsIgnoreCase(setting(SWITCH_PROPERTY, SWITCH_ENV))) {
            return Optional.empty();
        }
        String named = setting(DIR_PROPERTY, DIR_ENV);
        if (named != null) {
            return "off".equalsIgnoreCase(named) ? Optional.empty() : Optional.of(Path.of(named));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg, "treatycheck"));
        }
        String local = System.getenv("LOCALAPPDATA");
        if (local != null && !local.isBlank() && System.getProperty("os.name", "").startsWith("Windows")) {
            return Optional.of(Path.of(local, "treatycheck"));
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".cache", "treatycheck"));
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    boolean enabled() {
        return dir != null;
    }

    /** The folder entries are kept in; null when disabled. */
    Path dir() {
        return dir;
    }

    int hits() {
        return hits.get();
    }

    int misses() {
        return misses.get();
    }

    int writes() {
        return writes.get();
    }

    /** Entries found but unusable (corrupt, truncated, from another layout), each then compiled anew. */
    int rejected() {
        return rejected.get();
    }

    /** The entry key for rule files with this fingerprint, in this tool, Drools and Java. */
    static String key(String rulesFingerprint) {
        MessageDigest d = sha256();
        for (String part : List.of("format " + FORMAT, "rules " + rulesFingerprint, "tool " + ToolBuild.VERSION,
                "build " + ToolBuild.IDENTITY, "drools " + droolsVersion(), "java " + Runtime.version())) {
            d.update(part.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static String droolsVersion() {
        try {
            return org.drools.base.util.Drools.getFullVersion();
        } catch (RuntimeException | LinkageError e) {
            return "unknown";
        }
    }

    /**
     * The cached rule base under {@code key}, or empty when there is none or it cannot be used (it
     * is then deleted, so that the next successful compile replaces it).
     *
     * @param rulePackages the {@code package} names the rule files declare: their generated classes
     *                     may be part of an entry
     */
    Optional<KieBase> read(String key, Collection<String> rulePackages) {
        if (dir == null) {
            return Optional.empty();
        }
        Path file = dir.resolve(key + SUFFIX);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            misses.incrementAndGet();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return reject(file, "cannot be read: " + e);
        }
        try {
            byte[] payload = payload(bytes, key);
            if (payload == null) {
                return reject(file, "is corrupt or from another version");
            }
            List<KiePackage> packages = deserialize(payload, rulePackages);
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
            kieBase.addPackages(packages);
            hits.incrementAndGet();
            LOG.debug("rule base loaded from the cache: {}", file);
            return Optional.of(kieBase);
        } catch (Exception | LinkageError | StackOverflowError e) {
            return reject(file, "cannot be loaded: " + e);
        }
    }

    private Optional<KieBase> reject(Path file, String why) {
        rejected.incrementAndGet();
        LOG.debug("cached rule base {} {}; compiling the rules instead", file, why);
        try {
            Files.deleteIfExists(file);
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot delete {}: {}", file, e.toString());
        }
        return Optional.empty();
    }

    /** Keeps the compiled packages of a rule base under {@code key}; never fails. */
    void write(String key, Collection<KiePackage> packages) {
        if (dir == null) {
            return;
        }
        Path temp = null;
        try {
            byte[] payload = serialize(packages);
            byte[] keyBytes = key.getBytes(StandardCharsets.US_ASCII);
            ByteBuffer entry = ByteBuffer.allocate(MAGIC.length + 4 + 4 + keyBytes.length + 8 + 4 + payload.length);
            entry.put(MAGIC).putInt(FORMAT).putInt(keyBytes.length).put(keyBytes).putLong(checksum(payload))
                    .putInt(payload.length).put(payload);
            createPrivateDirectories(dir);
            temp = Files.createTempFile(dir, key.substring(0, 16) + ".", ".tmp");
            Files.write(temp, entry.array());
            Path target = dir.resolve(key + SUFFIX);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            writes.incrementAndGet();
            LOG.debug("compiled rule base cached: {}", target);
            prune();
        } catch (Exception | LinkageError | StackOverflowError e) {
            LOG.debug("cannot cache the compiled rule base in {}: {}", dir, e.toString());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException | RuntimeException e) {
                    LOG.debug("cannot delete {}: {}", temp, e.toString());
                }
            }
        }
    }

    /**
     * The payload of an entry, or null when its header, key, length or checksum do not match. The
     * checksum (CRC-32C) catches a damaged or truncated file; it is no defence against a forged one,
     * which needs write access to the cache folder (see the class comment).
     */
    private static byte[] payload(byte[] bytes, String key) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        byte[] keyBytes = key.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < MAGIC.length + 4 + 4 + keyBytes.length + 8 + 4) {
            return null;
        }
        byte[] magic = new byte[MAGIC.length];
        in.get(magic);
        if (!Arrays.equals(magic, MAGIC) || in.getInt() != FORMAT || in.getInt() != keyBytes.length) {
            return null;
        }
        byte[] storedKey = new byte[keyBytes.length];
        in.get(storedKey);
        long sum = in.getLong();
        int length = in.getInt();
        if (!Arrays.equals(storedKey, keyBytes) || length != in.remaining()) {
            return null;
        }
        byte[] payload = new byte[length];
        in.get(payload);
        return checksum(payload) == sum ? payload : null;
    }

    /** CRC-32C: an intrinsic, so cheap even before the JIT has compiled anything (SHA-256 is not). */
    static long checksum(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return crc.getValue();
    }

    private static byte[] serialize(Collection<KiePackage> packages) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 19);
        try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(packages));
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static List<KiePackage> deserialize(byte[] payload, Collection<String> rulePackages)
            throws IOException, ClassNotFoundException {
        Set<String> allowed = new TreeSet<>(TRUSTED);
        rulePackages.forEach(p -> allowed.add(p + "."));
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(payload),
                RuleBaseCache.class.getClassLoader())) {
            in.setObjectInputFilter(info -> admit(info, allowed));
            Object read = in.readObject();
            if (!(read instanceof List<?> list) || list.stream().anyMatch(p -> !(p instanceof KiePackage))) {
                throw new IOException("not a list of rule packages");
            }
            return (List<KiePackage>) list;
        }
    }

    private static ObjectInputFilter.Status admit(ObjectInputFilter.FilterInfo info, Set<String> allowed) {
        Class<?> type = info.serialClass();
        while (type != null && type.isArray()) {
            type = type.getComponentType();
        }
        if (type == null || type.isPrimitive()) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        String name = type.getName();
        for (String prefix : allowed) {
            if (name.startsWith(prefix)) {
                return ObjectInputFilter.Status.ALLOWED;
            }
        }
        return ObjectInputFilter.Status.REJECTED;
    }

    /** Deletes all but the {@value #KEEP} most recently written entries, and stale temporary files. */
    private void prune() {
        List<Path> entries = new ArrayList<>();
        long staleTemp = System.currentTimeMillis() - 3_600_000L;
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
            for (Path p : listing) {
                String name = p.getFileName().toString();
                if (name.endsWith(SUFFIX)) {
                    entries.add(p);
                } else if (name.endsWith(".tmp") && Files.getLastModifiedTime(p).toMillis() < staleTemp) {
                    Files.deleteIfExists(p);
                }
            }
            if (entries.size() <= KEEP) {
                return;
            }
            entries.sort(Comparator.comparing(RuleBaseCache::modified).reversed());
            for (Path old : entries.subList(KEEP, entries.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot prune {}: {}", dir, e.toString());
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                Files.createDirectories(parent, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another run created it meanwhile
            }
        } else {
            Files.createDirectories(dir);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /**
     * Which build of treatycheck is running: its version, and the identity of its jar (size and
     * modification time) or of its class folder (every class file's name, size and time), so that a
     * rebuilt tool never runs rules compiled against classes that have since changed.
     */
    static final class ToolBuild {
        static final String VERSION = ToolVersion.get();
        static final String IDENTITY = identity();

        private ToolBuild() {
        }

        private static String identity() {
            try {
                CodeSource source = RuleBaseCache.class.getProtectionDomain().getCodeSource();
                if (source == null || source.getLocation() == null) {
                    return "unknown";
                }
                Path where = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(where)) {
                    BasicFileAttributes a = Files.readAttributes(where, BasicFileAttributes.class);
                    return where.getFileName() + " " + a.size() + " " + a.lastModifiedTime().toMillis();
                }
                MessageDigest d = sha256();
                try (Stream<Path> walk = Files.walk(where)) {
                    for (Path p : walk.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                        d.update((where.relativize(p) + " " + a.size() + " " + a.lastModifiedTime().toMillis() + "\n")
                                .getBytes(StandardCharsets.UTF_8));
                    }
                }
                return "classes " + HexFormat.of().formatHex(d.digest());
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return "unknown";
            }
        }
    }
}
