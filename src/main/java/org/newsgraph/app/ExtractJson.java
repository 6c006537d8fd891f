package org.newsgraph.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.Relation;

/** JSON Lines for an extracted article: one line per entity, then per relation, then per date, amount or percentage. */
final class ExtractJson {

  private final ObjectMapper mapper = new ObjectMapper();

  List<String> lines(ExtractedArticle x) {
    String id = x.article().id();
    var out = new java.util.ArrayList<String>();
    for (Entity e : x.entities()) {
      ObjectNode n = mapper.createObjectNode();
      n.put("kind", "entity").put("article", id).put("key", e.key()).put("name", e.name())
          .put("type", e.type().label());
      var aliases = n.putArray("aliases");
      e.aliases().forEach(aliases::add);
      var titles = n.putArray("titles");
      e.titles().forEach(titles::add);
      n.put("mentions", e.mentions());
      out.add(n.toString());
    }
    for (Relation r : x.relations()) {
      ObjectNode n = mapper.createObjectNode();
      n.put("kind", "relation").put("article", id).put("sentence", r.sentence())
          .put("text", x.sentences().get(r.sentence()).text());
      argument(n.putObject("subject"), r.subject());
      n.putObject("predicate").put("lemma", r.predicate().lemma()).put("verb", r.predicate().verb())
          .put("text", r.predicate().text()).put("type", r.predicate().type()).put("negated", r.predicate().negated())
          .put("modality", r.predicate().modality().label());
      if (r.predicate().reportedBy() != null) {
        ((ObjectNode) n.get("predicate")).put("reportedBy", r.predicate().reportedBy());
      }
      argument(n.putObject("object"), r.object());
      n.put("confidence", r.confidence());
      if (r.date() != null) {
        n.put("date", r.date());
      }
      if (r.place() != null) {
        n.put("place", r.place());
      }
      out.add(n.toString());
    }
    for (Quantity q : x.quantities()) {
      ObjectNode n = mapper.createObjectNode();
      n.put("kind", "quantity").put("article", id).put("sentence", q.sentence())
          .put("type", q.kind().name()).put("text", q.text()).put("value", q.value());
      out.add(n.toString());
    }
    return out;
  }

  private static void argument(ObjectNode n, Argument a) {
    n.put("key", a.key()).put("name", a.name()).put("type", a.type());
  }
}
