package org.cadregraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analysts' corrections in force for one load, applied to each person key the loader computes,
 * with a fingerprint that changes whenever they do. Immutable and thread-safe.
 */
final class Corrections {
  private final Map<String, String> sameAs = new HashMap<>();
  private final Set<String> differentFrom = new HashSet<>();
  private final String fingerprint;

  Corrections(List<Correction> corrections) {
    List<String> lines = new ArrayList<>();
    for (Correction c : corrections) {
      if (c.kind() == Correction.Kind.SAME_AS) {
        sameAs.put(c.key(), c.target());
      } else {
        differentFrom.add(c.key() + '\u0000' + c.target());
      }
      lines.add(c.kind().storedName() + '\u0000' + c.key() + '\u0000' + c.target());
    }
    lines.sort(null);
    fingerprint = sha256(String.join("\n", lines));
  }

  static Corrections none() {
    return new Corrections(List.of());
  }

  /** The person key to load a person's facts of {@code article} under. */
  String apply(String key, String article) {
    String resolved = follow(key);
    if (differentFrom.contains(resolved + '\u0000' + article)) {
      resolved = follow(resolved + " ~ " + article);
    }
    return resolved;
  }

  /** True when {@link #apply} gives another key than {@code key} for some article. */
  boolean mayChange(String key) {
    if (sameAs.containsKey(key)) {
      return true;
    }
    String ofKey = key + '\u0000';
    for (String pair : differentFrom) {
      if (pair.startsWith(ofKey)) {
        return true;
      }
    }
    return false;
  }

  /** Changes whenever the set of corrections changes. */
  String fingerprint() {
    return fingerprint;
  }

  private String follow(String key) {
    String current = key;
    Set<String> seen = new HashSet<>();
    // A cycle of same_as corrections stops where it would revisit a key.
    while (sameAs.containsKey(current) && seen.add(current)) {
      current = sameAs.get(current);
    }
    return current;
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new GraphException("this Java runtime has no SHA-256", e);
    }
  }
}
