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
import java.util.zip.CRC32;
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
 * cached load runs the very same compiled rules as an uncached one. An entry is used only for the
 * very rule files (names and contents, compared byte for byte), tool version and build, Drools
 * version and Java version it was compiled from ({@link Identity}): editing a rule, upgrading the
 * tool or Drools, or rebuilding the jar selects a new entry, and the old one is pruned later. The
 * entry also keeps the rule files' SHA-256 fingerprint, so that a run from the cache need not hash
 * them again (SHA-256 runs slowly before the JIT has compiled it: 15-35 ms of a 0.5 s check).
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

    /** Bump when the entry layout or what goes into the identity changes. */
    static final int FORMAT = 3;
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

    /**
     * What an entry must have been compiled from to be used: the rule files (their names and
     * contents, as {@link RuleBase} lists them) with this tool, Drools and Java, compared byte for
     * byte; and the entry's file name, from two checksums of it (an entry of other rules under the
     * same name is not used, only replaced).
     */
    record Identity(byte[] bytes, String key) {

        /** The identity of these rule files in this tool, Drools and Java. */
        static Identity of(byte[] ruleFiles) {
            byte[] context = String.join("\0", "format " + FORMAT, "tool " + ToolBuild.VERSION, "build " + ToolBuild.IDENTITY,
                    "drools " + droolsVersion(), "java " + Runtime.version(), "rules\0").getBytes(StandardCharsets.UTF_8);
            byte[] bytes = Arrays.copyOf(context, context.length + ruleFiles.length);
            System.arraycopy(ruleFiles, 0, bytes, context.length, ruleFiles.length);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            HexFormat hex = HexFormat.of();
            return new Identity(bytes, hex.toHexDigits((int) checksum(bytes, bytes.length)) + hex.toHexDigits((int) crc.getValue()));
        }
    }

    /** A rule base read from the cache, with the fingerprint of the rule files it was compiled from. */
    record Hit(KieBase kieBase, String fingerprint) {
    }

    private static String droolsVersion() {
        try {
            return org.drools.base.util.Drools.getFullVersion();
        } catch (RuntimeException | LinkageError e) {
            return "unknown";
        }
    }

    /**
     * The cached rule base compiled from exactly {@code identity}, or empty when there is none (an
     * entry of other rules under the same name counts as none) or it cannot be used (it is then
     * deleted, so that the next successful compile replaces it).
     *
     * @param rulePackages the {@code package} names the rule files declare: their generated classes
     *                     may be part of an entry
     */
    Optional<Hit> read(Identity identity, Collection<String> rulePackages) {
        if (dir == null) {
            return Optional.empty();
        }
        Path file = dir.resolve(identity.key() + SUFFIX);
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
            Entry entry = Entry.parse(bytes);
            if (entry == null) {
                return reject(file, "is corrupt or from another version");
            }
            if (!Arrays.equals(entry.identity(), identity.bytes())) {
                misses.incrementAndGet();
                LOG.debug("cached rule base {} was compiled from other rules; compiling these", file);
                return Optional.empty();
            }
            List<KiePackage> packages = deserialize(entry.payload(), rulePackages);
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
            kieBase.addPackages(packages);
            hits.incrementAndGet();
            LOG.debug("rule base loaded from the cache: {}", file);
            return Optional.of(new Hit(kieBase, entry.fingerprint()));
        } catch (Exception | LinkageError | StackOverflowError e) {
            return reject(file, "cannot be loaded: " + e);
        }
    }

    private Optional<Hit> reject(Path file, String why) {
        rejected.incrementAndGet();
        LOG.debug("cached rule base {} {}; compiling the rules instead", file, why);
        try {
            Files.deleteIfExists(file);
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot delete {}: {}", file, e.toString());
        }
        return Optional.empty();
    }

    /**
     * Keeps the compiled packages of a rule base compiled from {@code identity}, whose rule files
     * have this fingerprint; never fails.
     */
    void write(Identity identity, String fingerprint, Collection<KiePackage> packages) {
        if (dir == null) {
            return;
        }
        Path temp = null;
        try {
            byte[] entry = new Entry(identity.bytes(), fingerprint, serialize(packages)).bytes();
            createPrivateDirectories(dir);
            temp = Files.createTempFile(dir, identity.key() + ".", ".tmp");
            Files.write(temp, entry);
            Path target = dir.resolve(identity.key() + SUFFIX);
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
     * One cache file: the header ({@link #MAGIC}, {@link #FORMAT}), the identity the rules were
     * compiled from, their fingerprint, the serialized packages, and a CRC-32C of all that before it.
     * The checksum catches a damaged or truncated file; it is no defence against a forged one, which
     * needs write access to the cache folder (see the class comment).
     */
    record Entry(byte[] identity, String fingerprint, byte[] payload) {

        byte[] bytes() {
            byte[] print = fingerprint.getBytes(StandardCharsets.US_ASCII);
            ByteBuffer out = ByteBuffer.allocate(MAGIC.length + 4 + 4 + identity.length + 4 + print.length + 4 + payload.length + 8);
            out.put(MAGIC).putInt(FORMAT).putInt(identity.length).put(identity).putInt(print.length).put(print)
                    .putInt(payload.length).put(payload);
            out.putLong(checksum(out.array(), out.position()));
            return out.array();
        }

        /** The entry in these bytes, or null when its header, lengths or checksum do not match. */
        static Entry parse(byte[] bytes) {
            if (bytes.length < MAGIC.length + 4 + 3 * 4 + 8) {
                return null;
            }
            ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - 8);
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            if (!Arrays.equals(magic, MAGIC) || in.getInt() != FORMAT) {
                return null;
            }
            byte[] identity = field(in);
            byte[] print = identity == null ? null : field(in);
            byte[] payload = print == null ? null : field(in);
            if (payload == null || in.hasRemaining()
                    || ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong() != checksum(bytes, bytes.length - 8)) {
                return null;
            }
            return new Entry(identity, new String(print, StandardCharsets.US_ASCII), payload);
        }

        /** A length-prefixed field, or null when the length does not fit what is left. */
        private static byte[] field(ByteBuffer in) {
            if (in.remaining() < 4) {
                return null;
            }
            int length = in.getInt();
            if (length < 0 || length > in.remaining()) {
                return null;
            }
            byte[] field = new byte[length];
            in.get(field);
            return field;
        }
    }

    /**
     * CRC-32C of the first {@code length} bytes: an intrinsic, so cheap even before the JIT has
     * compiled anything (SHA-256 is not).
     */
    static long checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
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
