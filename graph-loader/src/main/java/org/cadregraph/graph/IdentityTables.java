package org.cadregraph.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The curated identity tables, read once from the resources beside this class ({@code
 * identity/bodies.tsv}, {@code identity/countries.tsv}, {@code identity/generic-nouns.txt}): the
 * main bodies of the DPRK and its partners (canonical key, name shown, parent, side, other keys,
 * the ownerless keys that mean it for a DPRK holder), the countries with their other names and
 * nationality adjectives, and the common nouns that name no body by themselves. Immutable and
 * thread-safe.
 */
final class IdentityTables {

  /** Whose a body is: the DPRK's, a foreign state's or party's, or not known from its key. */
  enum Side {
    HOME,
    FOREIGN,
    UNKNOWN
  }

  /** One curated body. */
  record Body(String key, String name, String parent, Side side) {}

  static final IdentityTables INSTANCE = load();

  private final Map<String, Body> bodies;
  private final Map<String, String> aliases;
  private final List<String> aliasesLongestFirst;
  private final Map<String, String> bare;
  private final Map<String, String> countries;
  private final Map<String, String> countryNames;
  private final List<String> multiSegmentCountryNames;
  private final Set<String> genericNouns;

  private IdentityTables(
      Map<String, Body> bodies,
      Map<String, String> aliases,
      Map<String, String> bare,
      Map<String, String> countries,
      Map<String, String> countryNames,
      Set<String> genericNouns) {
    this.bodies = Map.copyOf(bodies);
    this.aliases = Map.copyOf(aliases);
    List<String> sorted = new ArrayList<>(aliases.keySet());
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    this.aliasesLongestFirst = List.copyOf(sorted);
    this.bare = Map.copyOf(bare);
    this.countries = Map.copyOf(countries);
    this.countryNames = Map.copyOf(countryNames);
    List<String> multi = new ArrayList<>();
    for (String name : countries.keySet()) {
      if (name.contains(" of ")) {
        multi.add(name);
      }
    }
    multi.sort(Comparator.comparingInt(String::length).reversed());
    this.multiSegmentCountryNames = List.copyOf(multi);
    this.genericNouns = Set.copyOf(genericNouns);
  }

  /** The curated body of a canonical key, or null. */
  Body body(String key) {
    return bodies.get(key);
  }

  /** Other keys of curated bodies, longest first, with {@link #canonicalOf}. */
  List<String> aliasesLongestFirst() {
    return aliasesLongestFirst;
  }

  String canonicalOf(String alias) {
    return aliases.get(alias);
  }

  /** The home body an ownerless key ("political bureau") means for a DPRK holder, or null. */
  String homeBodyOfBare(String key) {
    return bare.get(key);
  }

  /** The country key a name or nationality adjective (one key segment) means, or null. */
  String country(String segment) {
    return countries.get(segment);
  }

  /** Country names that contain " of " ("people's republic of china"), longest first. */
  List<String> multiSegmentCountryNames() {
    return multiSegmentCountryNames;
  }

  /** The name shown for a country key, or null when the key is not a country. */
  String countryName(String countryKey) {
    return countryNames.get(countryKey);
  }

  boolean isGenericNoun(String key) {
    return genericNouns.contains(key);
  }

  private static IdentityTables load() {
    Map<String, Body> bodies = new HashMap<>();
    Map<String, String> aliases = new HashMap<>();
    Map<String, String> bare = new HashMap<>();
    for (String[] row : rows("identity/bodies.tsv", 6)) {
      Side side = Side.valueOf(row[3].toUpperCase(java.util.Locale.ROOT));
      bodies.put(row[0], new Body(row[0], row[1], row[2].equals("-") ? null : row[2], side));
      for (String alias : list(row[4])) {
        if (!alias.equals(row[0])) {
          aliases.put(alias, row[0]);
        }
      }
      for (String b : list(row[5])) {
        bare.put(b, row[0]);
      }
    }
    Map<String, String> countries = new HashMap<>();
    Map<String, String> countryNames = new HashMap<>();
    for (String[] row : rows("identity/countries.tsv", 3)) {
      countryNames.put(row[0], row[1]);
      countries.put(row[0], row[0]);
      for (String other : list(row[2])) {
        countries.put(other, row[0]);
      }
    }
    Set<String> generic = new HashSet<>();
    for (String[] row : rows("identity/generic-nouns.txt", 1)) {
      generic.add(row[0]);
    }
    return new IdentityTables(bodies, aliases, bare, countries, countryNames, generic);
  }

  private static List<String> list(String cell) {
    return cell.equals("-") ? List.of() : List.of(cell.split("\\|"));
  }

  private static List<String[]> rows(String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = IdentityTables.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new GraphException("the identity table " + resource + " is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length != columns) {
          throw new GraphException(
              resource + ":" + number + ": " + cells.length + " columns, expected " + columns);
        }
        rows.add(cells);
      }
    } catch (IOException e) {
      throw new GraphException("cannot read the identity table " + resource, e);
    }
    return rows;
  }
}
