package org.newsgraph.app;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/** Driver values → plain Java (maps, lists, strings, numbers) for printing as a table or JSON. */
final class CypherValues {

  private CypherValues() {}

  static Object plain(Value v) {
    TypeSystem types = TypeSystem.getDefault();
    if (v.isNull()) {
      return null;
    }
    if (v.hasType(types.NODE())) {
      Node n = v.asNode();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("labels", n.labels());
      m.putAll(properties(n.asMap(CypherValues::plain)));
      return m;
    }
    if (v.hasType(types.RELATIONSHIP())) {
      Relationship r = v.asRelationship();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", r.type());
      m.putAll(properties(r.asMap(CypherValues::plain)));
      return m;
    }
    if (v.hasType(types.PATH())) {
      Path p = v.asPath();
      List<Object> steps = new ArrayList<>();
      p.nodes().forEach(n -> steps.add(n.asMap().getOrDefault("name", n.asMap().getOrDefault("id", n.elementId()))));
      return steps;
    }
    if (v.hasType(types.LIST())) {
      return v.asList(CypherValues::plain);
    }
    if (v.hasType(types.MAP())) {
      return v.asMap(CypherValues::plain);
    }
    Object o = v.asObject();
    return o instanceof TemporalAccessor ? o.toString() : o;
  }

  private static Map<String, Object> properties(Map<String, Object> props) {
    return new java.util.TreeMap<>(props);
  }
}
