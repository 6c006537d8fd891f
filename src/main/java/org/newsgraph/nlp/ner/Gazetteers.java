package org.newsgraph.nlp.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;

/**
 * Name lists that the dictionary features look tokens up in, built at training time and stored
 * inside the model file (so nothing is read from outside the jar at run time).
 *
 * <p>Sources, each optional: the JSON files of Debian's {@code iso-codes} (country, former
 * country and subdivision names as places; ISO 639-2 language names as MISC), Debian's
 * {@code tzdata} {@code zone.tab} (city names as places) and a folder of word lists in the
 * layout of the CC0 {@code dariusk/corpora} files (countries, capitals, cities, provinces as
 * places; nationalities as MISC; first names as persons). A list with no source is empty, so
 * the same feature descriptor works with or without them.
 */
public final class Gazetteers {

  public static final String PLACES = "gaz-loc.dictionary";
  public static final String DEMONYMS_LANGUAGES = "gaz-misc.dictionary";
  public static final String GIVEN_NAMES = "gaz-per.dictionary";
  public static final String LOWERCASE_VOCABULARY = "lower-vocab.dictionary";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Set<String> places = new TreeSet<>();
  private final Set<String> miscNames = new TreeSet<>();
  private final Set<String> givenNames = new TreeSet<>();

  /** Empty lists: the dictionary features then never fire. */
  public static Gazetteers none() {
    return new Gazetteers();
  }

  /** Reads every source that is given (null to leave one out). */
  public static Gazetteers from(Path isoCodesJsonDir, Path zoneTab, Path wordListDir) {
    Gazetteers g = new Gazetteers();
    if (isoCodesJsonDir != null) {
      g.places.addAll(strings(read(isoCodesJsonDir.resolve("iso_3166-1.json")), "name", "common_name"));
      g.places.addAll(strings(read(isoCodesJsonDir.resolve("iso_3166-3.json")), "name"));
      g.places.addAll(strings(read(isoCodesJsonDir.resolve("iso_3166-2.json")), "name"));
      g.miscNames.addAll(strings(read(isoCodesJsonDir.resolve("iso_639-2.json")), "name"));
    }
    if (zoneTab != null) {
      g.places.addAll(zoneCities(zoneTab));
    }
    if (wordListDir != null) {
      g.places.addAll(strings(read(wordListDir.resolve("countries.json")), "countries"));
      g.places.addAll(strings(read(wordListDir.resolve("countries_with_capitals.json")), "name", "capital"));
      g.places.addAll(strings(read(wordListDir.resolve("us_state_capitals.json")), "capital", "state"));
      g.places.addAll(strings(read(wordListDir.resolve("us_cities.json")), "city", "state"));
      g.places.addAll(strings(read(wordListDir.resolve("canada_provinces_and_territories.json")),
          "provinces", "territories"));
      g.miscNames.addAll(strings(read(wordListDir.resolve("nationalities.json")), "nationalities"));
      g.givenNames.addAll(strings(read(wordListDir.resolve("firstNames.json")), "firstNames"));
    }
    return g;
  }

  /** The dictionaries by the resource names the feature descriptor uses. */
  public Map<String, Object> resources() {
    return Map.of(
        PLACES, dictionary(places),
        DEMONYMS_LANGUAGES, dictionary(miscNames),
        GIVEN_NAMES, dictionary(givenNames));
  }

  public int size() {
    return places.size() + miscNames.size() + givenNames.size();
  }

  /**
   * Words the training text uses in lower case (letters only): a capitalised token whose lower
   * case is one of them is more likely a sentence-initial common word than a name. Built from
   * the tokens only, never from the tags.
   */
  static Dictionary lowercaseVocabulary(Collection<ConllSentence> sentences) {
    Set<String> words = new TreeSet<>();
    for (ConllSentence sentence : sentences) {
      for (String token : sentence.tokens()) {
        if (token.length() > 1 && token.chars().allMatch(Character::isLowerCase)) {
          words.add(token);
        }
      }
    }
    return dictionary(words);
  }

  private static Dictionary dictionary(Set<String> entries) {
    Dictionary dictionary = new Dictionary(false);
    for (String entry : entries) {
      String[] tokens = tokenize(entry);
      if (tokens.length > 0) {
        dictionary.put(new StringList(tokens));
      }
    }
    return dictionary;
  }

  /** Splits an entry the way the PTB-style tokenizer would split a name: on spaces, and "'s". */
  static String[] tokenize(String entry) {
    List<String> tokens = new ArrayList<>();
    for (String word : entry.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (word.length() > 2 && word.endsWith("'s")) {
        tokens.add(word.substring(0, word.length() - 2));
        tokens.add("'s");
      } else {
        tokens.add(word);
      }
    }
    return tokens.toArray(String[]::new);
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer source " + file, e);
    }
  }

  /** All string values (or strings in arrays) under the given field names, anywhere in the tree. */
  private static List<String> strings(JsonNode root, String... fields) {
    List<String> out = new ArrayList<>();
    for (String field : fields) {
      for (JsonNode node : root.findValues(field)) {
        if (node.isTextual()) {
          addName(out, node.asText());
        } else if (node.isArray()) {
          node.forEach(n -> {
            if (n.isTextual()) {
              addName(out, n.asText());
            }
          });
        }
      }
    }
    return out;
  }

  private static void addName(List<String> out, String name) {
    // "Korea, Republic of" and "Bolivia (Plurinational State of)" are catalogue forms, not
    // the way news text writes a name.
    if (!name.isBlank() && name.indexOf(',') < 0 && name.indexOf('(') < 0) {
      out.add(name.strip());
    }
  }

  private static List<String> zoneCities(Path zoneTab) {
    try {
      List<String> cities = new ArrayList<>();
      for (String line : Files.readAllLines(zoneTab, StandardCharsets.UTF_8)) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] columns = line.split("\t");
        String zone = columns[2];
        cities.add(zone.substring(zone.lastIndexOf('/') + 1).replace('_', ' '));
      }
      return cities;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + zoneTab, e);
    }
  }
}
